// Issue 11 item 3 (an open dialog on Windows/Linux cannot pick both files and folders: Electron shows a folder picker,
// where a .yaml cannot be chosen) and the Linux save dialog that neither adds ".pdf" nor confirms an overwrite.
import { describe, expect, test } from 'vitest';
import { exportPdfDialog, exportTarget, openBriefingDialog, replaceFileQuestion } from '../../../../main/shell/dialogs';

describe('Open Briefing dialog', () => {
  test.each(['win32', 'linux'] as const)('%s: a file picker for the .yaml, never openFile and openDirectory together', (platform) => {
    const o = openBriefingDialog(platform);
    expect(o.properties).toEqual(['openFile']);
    expect(o.filters?.[0]?.extensions).toEqual(['yaml', 'yml']);
  });
  test('macOS: one dialog picks a pack folder or its .yaml', () => {
    expect(openBriefingDialog('darwin').properties).toEqual(['openFile', 'openDirectory']);
  });
});

describe('Export PDF dialog', () => {
  test('asks before replacing a file (Linux needs showOverwriteConfirmation)', () => {
    expect(exportPdfDialog('/d/x.pdf').properties).toContain('showOverwriteConfirmation');
    expect(exportPdfDialog('/d/x.pdf').defaultPath).toBe('/d/x.pdf');
  });
  test.each([
    ['/d/handout.pdf', '/d/handout.pdf'],
    ['/d/handout.PDF', '/d/handout.PDF'],
    ['/d/handout', '/d/handout.pdf'],
    ['/d/hand.out', '/d/hand.out.pdf'],
    ['/d/v1.2 notes', '/d/v1.2 notes.pdf'],
  ])('%s is written as %s', (chosen, path) => {
    expect(exportTarget(chosen, () => false)).toEqual({ path, askOverwrite: false });
  });
  test('asks before replacing a file only when ".pdf" was added and that file exists (no dialog has asked yet)', () => {
    expect(exportTarget('/d/handout', (p) => p === '/d/handout.pdf')).toEqual({ path: '/d/handout.pdf', askOverwrite: true });
    expect(exportTarget('/d/handout.pdf', () => true)).toEqual({ path: '/d/handout.pdf', askOverwrite: false });
  });
  test('the question names the file, and Cancel is the default', () => {
    const q = replaceFileQuestion('/d/handout.pdf');
    expect(q.message).toContain('handout.pdf');
    expect(q.buttons?.[q.cancelId ?? -1]).toBe('Cancel');
    expect(q.defaultId).toBe(q.cancelId);
  });
});
