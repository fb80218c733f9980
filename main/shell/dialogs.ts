// The open and save dialogs' options, per platform, and what to do with the path a save dialog returns.
// Checked against Electron 45's own docs (node_modules/electron/electron.d.ts, dialog.showOpenDialog /
// showSaveDialog): "On Windows and Linux an open dialog can not be both a file selector and a directory selector, so
// if you set properties to ['openFile', 'openDirectory'] on these platforms, a directory selector will be shown";
// the save dialog's 'showOverwriteConfirmation' property is Linux-only (Windows and macOS always confirm).
import type { MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { basename, extname } from 'node:path';

/**
 * "Open Briefing…": on macOS one dialog picks a pack folder or its .yaml; on Windows and Linux, where a dialog is
 * either a folder picker or a file picker, it picks the .yaml (a pack folder is opened by its briefing.yaml).
 */
export function openBriefingDialog(platform: NodeJS.Platform): OpenDialogOptions {
  return {
    title: 'Open Briefing',
    buttonLabel: 'Open',
    properties: platform === 'darwin' ? ['openFile', 'openDirectory'] : ['openFile'],
    filters: [{ name: 'Briefing pack (briefing.yaml)', extensions: ['yaml', 'yml'] }],
  };
}

const SAVE_FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.pdf': { name: 'PDF', extensions: ['pdf'] },
  '.pptx': { name: 'PowerPoint', extensions: ['pptx'] },
  '.html': { name: 'Web page (HTML)', extensions: ['html'] },
};

/** "Export PDF…" (or PowerPoint, HTML, by the suggested name's extension): asks before replacing a file on every platform (Linux only when told to). */
export function exportPdfDialog(defaultPath: string): SaveDialogOptions {
  const filter = SAVE_FILTERS[extname(defaultPath).toLowerCase()] ?? { name: 'PDF', extensions: ['pdf'] };
  return {
    title: `Export ${filter.name}`,
    defaultPath,
    filters: [filter],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
}

/**
 * The file to write for the path a save dialog returned: the GTK dialog neither adds the filter's extension nor (when
 * we add it) knows that the file so named exists. `askOverwrite` is true when we added ".pdf" and that file exists —
 * no dialog has asked the briefer about it yet.
 */
export function exportTarget(chosen: string, exists: (path: string) => boolean, extension = '.pdf'): { path: string; askOverwrite: boolean } {
  if (extname(chosen).toLowerCase() === extension) return { path: chosen, askOverwrite: false };
  const path = `${chosen}${extension}`;
  return { path, askOverwrite: exists(path) };
}

/** The question asked before replacing a file the save dialog did not warn about; button 0 replaces. */
export function replaceFileQuestion(path: string): MessageBoxOptions {
  return {
    type: 'question',
    buttons: ['Replace', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    title: 'Export PDF',
    message: `“${basename(path)}” already exists. Replace it?`,
    detail: path,
  };
}
