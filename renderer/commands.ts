// What the app asks of the main side: load the briefing, open another, export a PDF; results go to the presentation.
import { presentation } from './state.svelte';
import { t } from './i18n';
import type { MenuCommand } from '../main/model/contract';

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Asks for the briefing the app was opened on. */
export async function loadBriefing(): Promise<void> {
  try {
    presentation.receive(await window.puente.getBriefing());
  } catch (err) {
    presentation.fail(messageOf(err));
  }
}

/** Lets the user pick another briefing pack; shows it, or its problems. */
export async function openBriefing(): Promise<void> {
  try {
    presentation.receive(await window.puente.openBriefing({}));
  } catch (err) {
    presentation.notify(t('loadFailed', presentation.lang, { message: messageOf(err) }), 'error');
  }
}

let exporting = false;

/** Exports the briefing as slides in the language on screen; the result is shown as a toast. */
export async function exportPdf(): Promise<void> {
  if (exporting || !presentation.briefing) return;
  exporting = true;
  const lang = presentation.lang;
  presentation.notify(t('exporting', lang));
  try {
    const result = await window.puente.exportPdf({ layout: 'slides', lang });
    if (result.status === 'exported') presentation.notify(t('exported', lang, { path: result.path, pages: result.pages }));
    else if (result.status === 'failed') presentation.notify(t('exportFailed', lang, { message: result.message }), 'error');
    else presentation.dismissToast();
  } catch (err) {
    presentation.notify(t('exportFailed', lang, { message: messageOf(err) }), 'error');
  } finally {
    exporting = false;
  }
}

/** Runs a command sent from the application menu. */
export function runMenuCommand(command: MenuCommand): void {
  if (command === 'export-pdf') void exportPdf();
  else if (command === 'open-briefing') void openBriefing();
  else if (command === 'help') presentation.notify(t('keysHelp', presentation.lang));
}
