// Electronegativity (Doyensec's Electron misconfiguration scanner) runs in `npm test`: any finding in main/ or
// renderer/ that is not suppressed in place, with a reason, fails the suite. It runs offline (see the script).
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const fixtures = 'tests/unit/security/fixtures';

interface SarifResult {
  ruleId: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
}
interface SarifLog {
  version: string;
  runs: {
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string } }[] }[];
    results: SarifResult[];
  }[];
}

/** Runs scripts/electronegativity.mjs over `dirs` with SARIF output and returns the exit status and the parsed log. */
function scan(...dirs: string[]): { status: number | null; sarif: SarifLog; findings: string[] } {
  const out = join(mkdtempSync(join(tmpdir(), 'puente-eng-test-')), 'report.sarif');
  const r = spawnSync(process.execPath, ['scripts/electronegativity.mjs', '--out', out, ...dirs], {
    cwd: root,
    encoding: 'utf8',
    timeout: 100_000, // a hang guard: it never needs the network (far above its running time on a busy machine)
  });
  if (r.error) throw r.error;
  const sarif = JSON.parse(readFileSync(out, 'utf8')) as SarifLog;
  const run = sarif.runs[0];
  if (!run) throw new Error(`no SARIF run; stderr: ${r.stderr}`);
  const findings = [
    ...run.invocations.flatMap((i) => i.toolExecutionNotifications.map((n) => `could not scan: ${n.message.text}`)),
    ...run.results.map((f) => {
      const at = f.locations[0]?.physicalLocation;
      return `${at?.artifactLocation.uri}:${at?.region.startLine}: ${f.ruleId}: ${f.message.text}`;
    }),
  ];
  return { status: r.status, sarif, findings };
}

const ruleIds = (log: SarifLog) => new Set(log.runs.flatMap((r) => r.results.map((f) => f.ruleId)));

describe('electronegativity', () => {
  // renderer/ sources, not out/renderer: the scanner's parser cannot read the bundle (private class fields), and it
  // skips .svelte files either way; tests/unit/security/renderer-rules.test.ts covers what it cannot see.
  test('finds nothing unsuppressed in main/ and renderer/', () => {
    const r = scan('main', 'renderer');
    expect(r.sarif.version).toBe('2.1.0');
    expect(r.findings).toEqual([]);
    expect(r.status).toBe(0);
  });

  test('flags a window with nodeIntegration: true (so the test above can fail)', () => {
    const r = scan(`${fixtures}/insecure-window`);
    expect(r.status).toBe(1);
    expect([...ruleIds(r.sarif)]).toEqual(
      expect.arrayContaining([
        'NODE_INTEGRATION_JS_CHECK',
        'CONTEXT_ISOLATION_JS_CHECK',
        'WEB_SECURITY_JS_CHECK',
        'HTTP_RESOURCES_JS_CHECK',
        'OPEN_EXTERNAL_JS_CHECK',
        'LIMIT_NAVIGATION_GLOBAL_CHECK',
        'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
        'CSP_GLOBAL_CHECK',
      ]),
    );
  });

  test('an in-place eng-disable comment hides the findings it names', () => {
    const r = scan(`${fixtures}/suppressed-window`);
    expect(r.findings).toEqual([]);
  });
});

/** Every `eng-disable` comment in the app's sources, with the text after the check names. */
function suppressions(): { file: string; line: number; checks: string[]; reason: string }[] {
  const out: { file: string; line: number; checks: string[]; reason: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (/\.(ts|js|mjs|cjs|html|svelte)$/.test(entry.name)) {
        readFileSync(join(root, rel), 'utf8')
          .split('\n')
          .forEach((text, i) => {
            const m = /eng-disable[ \t]+((?:[A-Z0-9_]+_CHECK[ \t,]*)+)(.*)$/.exec(text);
            if (!m) return;
            const reason = (m[2] ?? '').replace(/-->|\*\/|^[\s:—-]+/g, '').trim();
            out.push({ file: rel, line: i + 1, checks: (m[1] ?? '').trim().split(/[\s,]+/), reason });
          });
      }
    }
  };
  walk('main');
  walk('renderer');
  return out;
}

test('every suppression in main/ and renderer/ says why, in words', () => {
  const found = suppressions();
  expect(found.length).toBeGreaterThan(0);
  for (const s of found) {
    expect(s.reason.split(/\s+/).length, `${s.file}:${s.line} suppresses ${s.checks.join(' ')} without a reason`).toBeGreaterThanOrEqual(4);
  }
});
