// The `puente` command line: export, validate and schema, using the same main-side modules as the app.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { loadBriefing } from './briefing/load';
import { bundledBriefingPath } from './paths';
import { formatProblem } from './model/problems';
import { EXPORT_LAYOUTS, type ExportLayout } from './model/contract';
import { LANGS, type Lang } from './model/schema';
import { briefingJsonSchema } from './model/json-schema';
import { exportPdf, ExportError } from './pdf/export';

const HELP = `Usage:
  puente export [PACK] --out FILE.pdf [--layout slides] [--lang en|es] [--topics a,b]
  puente validate [PACK]
  puente schema
PACK is a briefing folder (holding briefing.yaml) or a .yaml file; default: the bundled briefing.
Exit codes: 0 ok, 1 invalid input or failed export, 2 usage error.`;

class UsageError extends Error {}

function usage(message: string): never {
  throw new UsageError(message);
}

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP);
    return command ? 0 : 2;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        layout: { type: 'string', default: 'slides' },
        lang: { type: 'string', default: 'en' },
        topics: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    usage(err instanceof Error ? err.message : String(err));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (positionals.length > 1) usage(`expected at most one PACK, got ${positionals.length}`);
  const pack = positionals[0] ? resolve(positionals[0]) : bundledBriefingPath();

  switch (command) {
    case 'schema':
      console.log(JSON.stringify(briefingJsonSchema(), null, 2));
      return 0;
    case 'validate': {
      const result = await loadBriefing(pack, { bundled: !positionals[0] });
      const problems = result.status === 'loaded' ? result.warnings : [...result.errors, ...result.warnings];
      for (const p of problems) console.error(formatProblem(p));
      if (result.status === 'invalid') {
        console.error(`${result.errors.length} error(s): ${result.source.path} is not a valid briefing.`);
        return 1;
      }
      const slides = result.briefing.topics.reduce((n, t) => n + t.slides.length, 0);
      console.log(`ok: ${result.source.path} — ${result.briefing.topics.length} topics, ${slides} slides, ${result.warnings.length} warning(s)`);
      return 0;
    }
    case 'export': {
      if (!values.out) usage('export needs --out FILE.pdf');
      if (!(EXPORT_LAYOUTS as readonly string[]).includes(values.layout)) usage(`--layout must be one of ${EXPORT_LAYOUTS.join(', ')}; got "${values.layout}"`);
      if (!(LANGS as readonly string[]).includes(values.lang)) usage(`--lang must be one of ${LANGS.join(', ')}; got "${values.lang}"`);
      const result = await loadBriefing(pack, { bundled: !positionals[0] });
      if (result.status === 'invalid') {
        for (const p of result.errors) console.error(formatProblem(p));
        console.error(`Not exported: ${result.source.path} has ${result.errors.length} error(s).`);
        return 1;
      }
      const topics = values.topics?.split(',').map((t) => t.trim()).filter(Boolean);
      const known = new Set(result.briefing.topics.map((t) => t.id));
      const unknown = topics?.filter((t) => !known.has(t)) ?? [];
      if (unknown.length) usage(`--topics: no topic "${unknown.join('", "')}"; this briefing has ${[...known].join(', ')}`);
      try {
        const done = await exportPdf(result.briefing, {
          layout: values.layout as ExportLayout,
          lang: values.lang as Lang,
          outPath: resolve(values.out),
          packDir: resolve(result.source.path, '..'),
          ...(topics ? { topics } : {}),
        });
        console.log(`wrote ${done.path} (${done.pages} pages)`);
        return 0;
      } catch (err) {
        if (err instanceof ExportError) {
          console.error(`Export failed: ${err.message}`);
          return 1;
        }
        throw err;
      }
    }
    default:
      usage(`unknown command "${command}"`);
  }
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError) {
      console.error(`puente: ${err.message}\n\n${HELP}`);
      process.exitCode = 2;
    } else {
      console.error(`puente: unexpected error: ${err instanceof Error ? err.stack : String(err)}`);
      process.exitCode = 1;
    }
  },
);
