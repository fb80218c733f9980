// The `puente` command line: export, validate and schema, using the same main-side modules as the app.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { bundledBriefingPath } from './paths';
import { heapCapMb, listenForInterrupt, onInterrupt, packBytes, runCappedExport, runsCapped, workerArgv } from './capped-export';
import { askedOptionsProblem, formatOfPath, unknownTopicsProblem, type ExportFormat, type ExportLang, type ExportLayout, type ExportOptionsInput, type Paper } from './model/export-options';
// Everything else is imported where a command needs it: `puente --help` should not initialise fontkit, pdfkit, the
// YAML parser or the image decoders, and a PDF export should not initialise the PowerPoint and HTML exporters.

const HELP = `Usage:
  puente export [PACK] --out FILE.pdf [--format pdf|pptx|html] [--layout LAYOUT] [--lang en|es|both]
                [--topics a,b] [--backup include|exclude] [--notes] [--paper letter|a4] [--strict]
                [--start HH:MM] [--slot TIME]
  puente validate [PACK]
  puente schema
PACK is a briefing folder (holding briefing.yaml) or a .yaml file; default: the bundled briefing.
Export options:
  --format   pdf (default), pptx (an editable PowerPoint deck: backup slides hidden, notes in the notes pane with
             --notes) or html (one self-contained page presenting the deck in any browser, offline; notes and the
             presenter view with --notes); default: the extension of --out, else pdf. pptx and html take the slides
             layout only, and no --paper
  --layout   slides (default, 16:9), handout-1, handout-2, handout-3 (ruled note lines), handout-6,
             notes (each slide above its speaker notes), brief (a read-ahead document),
             run-sheet (one page: each topic's planned time and clock times, the backup slides for questions)
  --lang     en (default), es, or both (bilingual: each slide's text in both languages)
  --topics   topic ids to export, in the order given (default: all)
  --backup   include or exclude (default) the backup slides
  --notes    print speaker notes (handout-1, handout-2, handout-3; the notes layout always has them); in a
             pptx or html deck, include them (a deck has none unless asked)
  --paper    letter or a4 for the paper layouts (default: the pack's paper, else letter)
  --start    run-sheet only: the clock time the talk starts, 24-hour HH:MM (e.g. 14:30); default: times from 0:00
  --slot     run-sheet only: the time the talk has, written as a pack writes times (e.g. 10m, 1h30m)
  --strict   refuse to export (write nothing, exit 1) when there is any warning for this export: a character no
             font can draw, a missing translation in a language printed, or text that would be printed cut
Export prints on stderr every warning that concerns what it prints, placed as file:line:col, as validate does.
Exit codes: 0 ok, 1 invalid input or failed export, 2 usage error.`;

class UsageError extends Error {}

/**
 * Keeps the words shaped by this run for the next (main/pdf/shaping-cache.ts), beside the CLI bundle and its code
 * cache; saved when the process ends, whatever the outcome.
 */
async function useShapingCache(): Promise<void> {
  const { openShapingCache, saveShapingCache } = await import('./pdf/shaping-cache');
  openShapingCache(process.env['PUENTE_CACHE_DIR'] ?? __dirname);
  process.once('exit', saveShapingCache);
}

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
        format: { type: 'string' },
        layout: { type: 'string', default: 'slides' },
        lang: { type: 'string', default: 'en' },
        topics: { type: 'string' },
        backup: { type: 'string', default: 'exclude' },
        notes: { type: 'boolean', default: false },
        paper: { type: 'string' },
        strict: { type: 'boolean', default: false },
        start: { type: 'string' },
        slot: { type: 'string' },
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
    case 'schema': {
      const { briefingJsonSchema } = await import('./model/json-schema');
      console.log(JSON.stringify(briefingJsonSchema(), null, 2));
      return 0;
    }
    case 'validate': {
      await useShapingCache();
      const [{ loadBriefing }, { formatProblem }] = await Promise.all([import('./briefing/load'), import('./model/problems')]);
      const result = await loadBriefing(pack, { bundled: !positionals[0] });
      const problems = result.status === 'loaded' ? result.warnings : [...result.errors, ...result.warnings];
      for (const p of problems) console.error(formatProblem(p));
      if (result.status === 'invalid') {
        console.error(`${result.errors.length} error(s): ${result.source.path} is not a valid briefing.`);
        return 1;
      }
      // Text an export would cut with "…", in each language the pack offers: warnings, so the exit code stays 0.
      const { overflowWarnings } = await import('./pdf/overflow');
      const overflows = await overflowWarnings(result.source.path, result.briefing);
      for (const p of overflows) console.error(formatProblem(p));
      const slides = result.briefing.topics.reduce((n, t) => n + t.slides.length, 0);
      console.log(`ok: ${result.source.path} — ${result.briefing.topics.length} topics, ${slides} slides, ${result.warnings.length + overflows.length} warning(s)`);
      return 0;
    }
    case 'export': {
      if (!values.out) usage('export needs --out FILE.pdf (or .pptx, .html)');
      const format = values.format ?? formatOfPath(values.out) ?? 'pdf';
      const flag = (option: string) => `--${option}`;
      const problem = askedOptionsProblem({ ...values, format }, flag);
      if (problem) usage(problem);
      const layout = values.layout as ExportLayout;
      const schedule = { ...(values.start !== undefined ? { start: values.start } : {}), ...(values.slot !== undefined ? { slot: values.slot } : {}) };
      // A large pack exports in a worker thread with a heap sized to it (main/capped-export.ts), the same command.
      const bytes = packBytes(pack);
      if (runsCapped(bytes)) return runCappedExport(__filename, argv, heapCapMb(bytes, values.lang === 'both'), values.out);
      await useShapingCache();
      const [{ loadBriefing }, { formatProblem }, { warningsForExport }] = await Promise.all([import('./briefing/load'), import('./model/problems'), import('./model/export-warnings')]);
      const result = await loadBriefing(pack, { bundled: !positionals[0] });
      if (result.status === 'invalid') {
        for (const p of result.errors) console.error(formatProblem(p));
        console.error(`Not exported: ${result.source.path} has ${result.errors.length} error(s).`);
        return 1;
      }
      const topics = values.topics?.split(',').map((t) => t.trim()).filter(Boolean);
      const unknown = unknownTopicsProblem(topics, result.briefing.topics.map((t) => t.id), flag);
      if (unknown) usage(unknown);
      const options: ExportOptionsInput = {
        format: format as ExportFormat,
        layout,
        lang: values.lang as ExportLang,
        backup: values.backup as 'include' | 'exclude',
        notes: values.notes,
        ...(topics ? { topics } : {}),
        ...(values.paper ? { paper: values.paper as Paper } : {}),
        ...schedule,
      };
      // What validate would say about this export's topics and languages, said before a page is drawn.
      const warnings = warningsForExport(result.warnings, result.briefing, options);
      for (const p of warnings) console.error(formatProblem(p));
      if (values.strict && warnings.length > 0) {
        console.error(`Not exported (--strict): ${warnings.length} warning(s) for this export.`);
        return 1;
      }
      const [{ warningPlacer }, { cutWarnings }, { ExportCancelled, ExportError, ExportRefused }] = await Promise.all([import('./briefing/place-warnings'), import('./pdf/cut-warnings'), import('./pdf/export')]);
      const place = await warningPlacer(result.source.path);
      const input = { ...options, outPath: resolve(values.out), packDir: resolve(result.source.path, '..'), refuseCuts: values.strict };
      // Ctrl-C or a kill stops the export as the app's Cancel does: the partial file is removed, the target untouched.
      const stop = new AbortController();
      const stopListening = onInterrupt(() => stop.abort());
      try {
        // A PDF goes straight to its exporter (what exportBriefing does for pdf); the deck exporters load only for decks.
        const done = format === 'pdf'
          ? await (await import('./pdf/export')).exportPdf(result.briefing, input, { signal: stop.signal })
          : await (await import('./formats/export')).exportBriefing(result.briefing, { ...input, name: result.source.name }, { signal: stop.signal });
        const cut = cutWarnings(done.cuts, place, layout);
        for (const p of cut) console.error(formatProblem(p));
        const total = warnings.length + cut.length;
        const unit = (format === 'pdf' ? 'page' : 'slide') + (done.pages === 1 ? '' : 's');
        console.log(`wrote ${done.path} (${done.pages} ${unit}${total ? `, ${total} warning(s) above` : ''})`);
        return 0;
      } catch (err) {
        if (err instanceof ExportCancelled) {
          console.error(`Export stopped: ${values.out} was not written.`);
          return 130;
        }
        if (err instanceof ExportRefused) {
          for (const p of cutWarnings(err.cuts, place, layout)) console.error(formatProblem(p));
          console.error(err.message);
          return 1;
        }
        if (err instanceof ExportError) {
          console.error(`Export failed: ${err.message}`);
          return 1;
        }
        throw err;
      } finally {
        stopListening();
      }
    }
    default:
      usage(`unknown command "${command}"`);
  }
}

// The capped export worker runs the command it was handed; the main thread, the one on the command line.
const inWorker = workerArgv();
if (inWorker) listenForInterrupt();
run(inWorker ?? process.argv.slice(2)).then(
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
