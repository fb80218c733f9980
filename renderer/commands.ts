// What the app asks of the main side: load the briefing, open another, export a PDF; results go to the presentation.
import { presentation } from './state.svelte';
import { t } from './i18n';
import type { MenuCommand } from '../main/model/contract';

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Asks for the briefing the app was opened on and where the show stands; from now on this window's moves reach the main side. */
export async function loadBriefing(): Promise<void> {
  try {
    const [result, show] = await Promise.all([window.puente.getBriefing(), window.puente.getShow()]);
    presentation.receive(result);
    presentation.applyShow(show);
    presentation.connect((state) => window.puente.setShow(state));
    void refreshPrefs();
  } catch (err) {
    presentation.fail(messageOf(err));
  }
}

/** Recent packs and this pack's saved runs, for the agenda. */
export async function refreshPrefs(): Promise<void> {
  try {
    presentation.prefs = await window.puente.getPrefs();
  } catch {
    // The agenda works without them.
  }
}

/** Lets the user pick another briefing pack (or opens `path`); shows it, or its problems. */
export async function openBriefing(path?: string): Promise<void> {
  try {
    presentation.receive(await window.puente.openBriefing(path ? { path } : {}), 'opened');
    void refreshPrefs();
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
    const run = presentation.show.run;
    const result = await window.puente.exportPdf({ layout: 'slides', lang, ...(run ? { topics: run } : {}) });
    if (result.status === 'exported') presentation.notify(t('exported', lang, { path: result.path, pages: result.pages }));
    else if (result.status === 'failed') presentation.notify(t('exportFailed', lang, { message: result.message }), 'error');
    else presentation.dismissToast();
  } catch (err) {
    presentation.notify(t('exportFailed', lang, { message: messageOf(err) }), 'error');
  } finally {
    exporting = false;
  }
}

/** Opens the presenter window; this window becomes the audience's. */
export async function openPresenter(): Promise<void> {
  try {
    const result = await window.puente.openPresenter();
    if (result.status === 'failed') presentation.notify(result.message, 'error');
  } catch (err) {
    presentation.notify(messageOf(err), 'error');
  }
}

/** Saves today's run under a name, for this pack. */
export async function saveRun(name: string, topics: string[]): Promise<void> {
  try {
    presentation.prefs = await window.puente.saveRun({ name, topics });
  } catch (err) {
    presentation.notify(messageOf(err), 'error');
  }
}

export async function deleteRun(name: string): Promise<void> {
  try {
    presentation.prefs = await window.puente.deleteRun({ name });
  } catch (err) {
    presentation.notify(messageOf(err), 'error');
  }
}

/** Full screen for this window (F); Electron turns the page's request into a full-screen window. */
export function toggleFullScreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen().catch(() => undefined);
}

/** Runs a command sent from the application menu. */
export function runMenuCommand(command: MenuCommand): void {
  switch (command) {
    case 'export-pdf': return void exportPdf();
    case 'open-briefing': return void openBriefing();
    case 'help': return presentation.openOverlay('help');
    case 'presenter': return void openPresenter();
    case 'overview': return presentation.openOverlay('overview');
    case 'search': return presentation.openOverlay('search');
    case 'bilingual': return presentation.toggleBilingual();
  }
}
