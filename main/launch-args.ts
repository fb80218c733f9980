// Makes it possible to open a pack from the command line or a file manager: finds the pack named in Electron's argv.
import { isAbsolute, resolve } from 'node:path';

/**
 * The briefing pack named on the command line, resolved against `cwd`; null when none is named.
 * Packaged, argv is [exe, ...args]; unpackaged, it is [electron, ...switches, appPath, ...args]. Switches (anything
 * starting with "-", such as Chromium's --no-sandbox or a test runner's --inspect=0) are never packs.
 */
export function packFromArgv(argv: readonly string[], opts: { cwd: string; isPackaged: boolean }): string | null {
  const operands = argv.slice(1).filter((a) => a !== '' && !a.startsWith('-'));
  const pack = opts.isPackaged ? operands[0] : operands[1];
  if (!pack) return null;
  return isAbsolute(pack) ? pack : resolve(opts.cwd, pack);
}
