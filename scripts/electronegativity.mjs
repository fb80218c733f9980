// Makes it possible to run Electronegativity (Doyensec's Electron misconfiguration scanner) offline and gate on it:
// `node scripts/electronegativity.mjs [--out report.sarif] DIR...` writes one SARIF run per DIR, prints every finding
// that is not suppressed in place with `/* eng-disable CHECK_ID reason */`, and exits 1 when there is any.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const engDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
const engRequire = createRequire(resolve(engDir, 'dist', 'runner.js'));

// Electronegativity fetches translations (1 s timeout) and Electron's release list (no timeout) with `got`. Puente
// is offline by construction and so are its tests: `got` is replaced before Electronegativity loads it.
// The translation fetch gets a quiet "no update" (the bundled en-US text is used); anything else is refused.
const { i18nSource } = require('@doyensec/electronegativity/package.json');
const offline = (url) =>
  String(url).startsWith(`${i18nSource}/`)
    ? Promise.resolve({ statusCode: 404, body: '' })
    : Promise.reject(new Error(`electronegativity: network disabled (${url})`));
offline.head = offline;
const gotPath = engRequire.resolve('got');
require.cache[gotPath] = /** @type {NodeJS.Module} */ ({
  id: gotPath,
  filename: gotPath,
  loaded: true,
  exports: { __esModule: true, default: offline },
});

/** Checks left out, each with why. */
export const EXCLUDED_CHECKS = {
  // Needs Electron's release list from GitHub; "use a current Electron" is covered by package.json + SECURITY.md.
  AvailableSecurityFixesGlobalCheck: 'needs the network',
};

/**
 * Scans the directories together, as one application, and returns the findings not suppressed in place.
 * Together, because the global checks (CSP present, navigation limited, permission handler set) look across files:
 * the CSP lives in renderer/index.html and the handlers in main/app.ts.
 * @param {string[]} dirs
 * @param {{ root?: string, electronVersion?: string }} [options]
 */
export async function scan(dirs, options = {}) {
  const root = options.root ?? process.cwd();
  const electronVersion = options.electronVersion ?? require('electron/package.json').version;
  const run = engRequire('./runner.js');
  const stage = mkdtempSync(join(tmpdir(), 'puente-eng-'));
  try {
    for (const dir of dirs) {
      const abs = resolve(root, dir);
      const rel = relative(root, abs);
      // Findings are reported relative to the project; a folder outside it keeps just its name.
      cpSync(abs, join(stage, rel.startsWith('..') || isAbsolute(rel) ? basename(abs) : rel), { recursive: true });
    }
    const result = await run(
      {
        input: stage,
        isSarif: true,
        customScan: [],
        excludeFromScan: Object.keys(EXCLUDED_CHECKS),
        isRelative: false,
        isVerbose: false,
        electronVersionOverride: electronVersion,
        parserPlugins: [],
      },
      false,
    );
    const back = (file) => (file === 'N/A' ? 'N/A' : relative(stage, file).split('\\').join('/'));
    return {
      inputs: dirs,
      // A file that cannot be parsed is a file not checked: report it rather than pass quietly.
      errors: result.errors.filter((e) => !e.tolerable).map((e) => ({ file: back(e.file), message: e.message })),
      findings: result.issues.map((i) => ({
        check: i.id,
        file: back(i.file),
        line: i.location?.line ?? 0,
        column: i.location?.column ?? 0,
        severity: i.severity?.name ?? 'UNKNOWN',
        confidence: i.confidence?.name ?? 'UNKNOWN',
        manualReview: Boolean(i.manualReview),
        description: i.description,
      })),
    };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** The scan as a SARIF 2.1.0 log (one run). */
export function toSarif(r) {
  const version = require('@doyensec/electronegativity/package.json').version;
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Electronegativity',
            version,
            informationUri: 'https://github.com/doyensec/electronegativity',
            rules: [...new Set(r.findings.map((f) => f.check))].map((id) => ({
              id,
              helpUri: `https://github.com/doyensec/electronegativity/wiki/${id}`,
            })),
          },
        },
        invocations: [
          {
            executionSuccessful: r.errors.length === 0,
            toolExecutionNotifications: r.errors.map((e) => ({
              level: 'error',
              message: { text: e.message },
              locations: [{ physicalLocation: { artifactLocation: { uri: e.file } } }],
            })),
          },
        ],
        properties: { inputs: r.inputs, excludedChecks: EXCLUDED_CHECKS },
        results: r.findings.map((f) => ({
          ruleId: f.check,
          level: f.manualReview ? 'note' : 'warning',
          message: { text: f.description },
          properties: { severity: f.severity, confidence: f.confidence, manualReview: f.manualReview },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file },
                region: { startLine: Math.max(1, f.line), startColumn: f.column + 1 },
              },
            },
          ],
        })),
      },
    ],
  };
}

async function main(argv) {
  let out = null;
  const dirs = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out' || argv[i] === '-o') out = argv[++i] ?? null;
    else dirs.push(argv[i]);
  }
  if (dirs.length === 0) dirs.push('main', 'renderer');
  const result = await scan(dirs);
  if (out) {
    mkdirSync(dirname(resolve(out)), { recursive: true });
    writeFileSync(out, JSON.stringify(toSarif(result), null, 2));
  }
  for (const e of result.errors) console.error(`${e.file}: could not be scanned: ${e.message}`);
  for (const f of result.findings) {
    console.error(`${f.file}:${f.line}:${f.column}: ${f.check} (${f.severity}, ${f.confidence}): ${f.description}`);
  }
  const count = result.errors.length + result.findings.length;
  console.log(`electronegativity: ${count} unsuppressed finding(s) or unscanned file(s) in ${dirs.join(', ')}`);
  return count === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(err);
      process.exit(2);
    },
  );
}
