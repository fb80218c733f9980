// What the app asks of the main side: load the briefing, open another, export a PDF; results go to the presentation.
import { presentation } from './state.svelte';
import { t } from './i18n';
import type { MenuCommand, Rehearsal } from '../main/model/contract';
import { exportDialog } from './export/export-dialog.svelte';

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

/** Opens the Export dialog (layout, language, topics… with the page count), where the export itself runs. */
export function exportPdf(): void {
  if (presentation.pack) exportDialog.show();
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

/** Saves today's run under a name, for this pack, with the time slot it was cut for (seconds), if any. */
export async function saveRun(name: string, topics: string[], slot: number | null = null): Promise<void> {
  try {
    presentation.prefs = await window.puente.saveRun(slot === null ? { name, topics } : { name, topics, slot });
  } catch (err) {
    presentation.notify(messageOf(err), 'error');
  }
}

/** Keeps a finished rehearsal for this pack; the one before it stays, to compare. */
export async function saveRehearsal(rehearsal: Rehearsal): Promise<void> {
  try {
    presentation.prefs = await window.puente.saveRehearsal(rehearsal);
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
    case 'export-pdf': return exportPdf();
    case 'open-briefing': return void openBriefing();
    case 'help': return presentation.openOverlay('help');
    case 'presenter': return void openPresenter();
    case 'overview': return presentation.openOverlay('overview');
    case 'search': return presentation.openOverlay('search');
    case 'bilingual': return presentation.toggleBilingual();
  }
}
