// Whether this window's Export dialog is open, and the choices it remembers between openings in this session.
import type { ExportChoice } from './export-choices';

class ExportDialogState {
  open = $state(false);
  /** Layout, paper and the like carry over to the next export; topics follow the run each time. */
  remembered = $state<Partial<Pick<ExportChoice, 'format' | 'layout' | 'backup' | 'notes' | 'paper'>>>({});

  show(): void {
    this.open = true;
  }

  close(): void {
    this.open = false;
  }
}

export const exportDialog = new ExportDialogState();
