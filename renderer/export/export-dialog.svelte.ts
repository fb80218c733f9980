// Whether this window's Export dialog is open, and the choices it remembers between openings in this session.
import type { ExportChoice } from './export-choices';

class ExportDialogState {
  open = $state(false);
  /** The dialog is exporting, or shows how an export ended: it is not handed to another window, which would cancel it. */
  atWork = $state(false);
  /** Layout, paper and the like carry over to the next export; topics follow the run each time. */
  remembered = $state<Partial<Pick<ExportChoice, 'format' | 'layout' | 'backup' | 'notes' | 'paper'>>>({});

  show(): void {
    this.open = true;
  }

  close(): void {
    this.open = false;
    this.atWork = false;
  }
}

export const exportDialog = new ExportDialogState();
