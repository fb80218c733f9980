// HTML export (issue 16): one self-contained .html that presents the briefing in any current browser from file://,
// with no network — the renderer's own App and slides (built by renderer/deck/ into out/deck/index.html), filled
// here with the exported briefing, its pictures and a strict Content Security Policy; written atomically as the PDF.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Briefing } from '../model/schema';
import { localize } from '../model/text';
import { markingOf } from '../model/marking';
import type { ExportOptionsInput } from '../model/export-options';
import { imageKindOf } from '../images/image-kinds';
import { resolvePackImage } from '../briefing/check-images';
import { writeAtomic, WriteError } from '../files/write-atomic';
import { appRoot } from '../paths';
import { ExportCancelled, ExportError, type ExportControl, type Exported } from '../pdf/export';
import { deckSlideCount, resolveDeckRequest, type DeckRequest } from '../formats/deck-request';
import { DECK_DATA_ID, scriptSafeJson, type DeckData } from './deck-data';
import { slideGeometry, type SlideGeometry } from '../model/slide-geometry';
import { bylineFor, stageRequest } from '../model/slide-geometry/stage';
import { geometryKey } from '../model/slide-geometry/wire';
import { geometryMeasurer } from '../pdf/measure';
import type { Lang } from '../model/schema';

export interface ExportHtmlOptions extends ExportOptionsInput {
  outPath: string;
  /** The pack folder, against which image paths resolve. */
  packDir: string;
  /** The pack's name as the deck shows it (default: the briefing's title). */
  name?: string;
  /** The built deck page (default: out/deck/index.html under the app's root); tests may pass their own. */
  templatePath?: string;
}

const CSP_MARK = '<!--puente-deck-csp-->';
const DATA_MARK = '<!--puente-deck-data-->';
const SCRIPT_OPEN = '<script type="module">';

/**
 * The page's policy: nothing loads from anywhere — scripts only the deck's own (by hash), pictures and fonts only
 * from data: URLs inside the file, no connections, no forms, no plugins, no <base>.
 */
export function deckCsp(scriptHash: string): string {
  return [
    "default-src 'none'",
    `script-src 'sha256-${scriptHash}'`,
    // Svelte sets element styles (positions, scale) at run time; no style comes from outside the file.
    "style-src 'unsafe-inline'",
    'img-src data:',
    'font-src data:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** Replaces the one `mark` in `page` (by position, so `$` patterns in pack text mean nothing). */
function put(page: string, mark: string, text: string): string {
  const at = page.indexOf(mark);
  if (at < 0) throw new Error(`the deck template has no ${mark}`);
  return page.slice(0, at) + text + page.slice(at + mark.length);
}

/** What the deck holds: the exported topics and slides in order, notes only when asked. Pure. */
export function deckBriefing(briefing: Briefing, r: DeckRequest): Briefing {
  return {
    ...briefing,
    topics: r.selection.groups.map(({ topic, slides }) => ({
      ...topic,
      slides: slides.map((s) => {
        if (r.notes) return s;
        const { notes: _dropped, ...rest } = s;
        return rest as typeof s;
      }),
    })),
  };
}

/** Fills the built deck page with `data`; `title` and `lang` go to <title> and <html lang>. Pure. */
export function fillDeckPage(template: string, data: DeckData, title: string, lang: string): string {
  const start = template.indexOf(SCRIPT_OPEN);
  const end = start < 0 ? -1 : template.indexOf('</script>', start);
  if (start < 0 || end < 0) throw new Error('the deck template has no inline module script');
  const script = template.slice(start + SCRIPT_OPEN.length, end);
  const hash = createHash('sha256').update(script, 'utf8').digest('base64');
  let page = put(template, CSP_MARK, `<meta http-equiv="Content-Security-Policy" content="${deckCsp(hash)}" />`);
  page = put(page, DATA_MARK, `<script type="application/json" id="${DECK_DATA_ID}">${scriptSafeJson(data)}</script>`);
  page = page.replace('<title>Puente</title>', () => `<title>${escapeHtml(title)}</title>`);
  return page.replace('<html lang="en">', () => `<html lang="${lang}">`);
}

/** Each picture the deck's slides show, as the data: URL the app's image handler gives (PNG, JPEG, GIF, WebP, SVG). */
async function deckImages(briefing: Briefing, packDir: string, outPath: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const topic of briefing.topics) {
    for (const s of topic.slides) {
      if (s.layout !== 'image' || s.image in out) continue;
      const fail = (why: string) => new ExportError(outPath, `Cannot export ${outPath}: the image "${s.image}" of slide "${s.id}" cannot go into the deck: ${why}`);
      const kind = imageKindOf(s.image);
      if (!kind) throw fail('it is not an image type Puente shows');
      const found = await resolvePackImage(s.image, packDir);
      if ('problem' in found) throw fail(found.problem);
      const bytes = await readFile(found.file).catch(() => {
        throw fail('it cannot be read');
      });
      if (!kind.starts(bytes.subarray(0, 64))) throw fail(`it is not a ${kind.name} image (its content does not start like one)`);
      out[s.image] = `data:${kind.mime};base64,${bytes.toString('base64')}`;
    }
  }
  return out;
}

/** The deck's slide count, for the Export dialog; throws ExportError as exportHtml would. */
export function planHtml(briefing: Briefing, opts: ExportOptionsInput): { pages: number } {
  return { pages: deckSlideCount(resolveDeckRequest(briefing, opts, 'html', 'this briefing')) };
}

/**
 * Writes the .html deck (temp file, then rename). Resolves with the path and its slide count (as `pages`); rejects
 * with ExportCancelled, or an ExportError naming the path (bad options, a picture, a missing build, a write failure).
 */
export async function exportHtml(briefing: Briefing, input: ExportHtmlOptions, control: ExportControl = {}): Promise<Exported> {
  const { outPath, packDir, name, templatePath, ...asked } = input;
  const r = resolveDeckRequest(briefing, asked, 'html', outPath);
  const template = templatePath ?? join(appRoot(), 'out', 'deck', 'index.html');
  let page: string;
  try {
    page = await readFile(template, 'utf8');
  } catch {
    throw new ExportError(outPath, `Cannot export ${outPath}: the HTML deck is not built (${template} is missing; run npm run build)`);
  }
  const shown = deckBriefing(briefing, r);
  const images = await deckImages(shown, packDir, outPath);
  if (control.signal?.aborted) throw new ExportCancelled(outPath);
  const data: DeckData = {
    briefing: shown,
    name: name ?? localize(briefing.meta.title, r.lang),
    images,
    notes: r.notes,
    geometry: deckGeometry(shown),
    show: { view: 'agenda', place: { topic: 0, slide: 0 }, lang: briefing.meta.languages.includes(r.lang) ? r.lang : (briefing.meta.languages[0] ?? 'en'), bilingual: r.lang2 !== undefined, blank: 'none', run: null, returnTo: null, slot: null },
  };
  const html = fillDeckPage(page, data, localize(briefing.meta.title, r.lang), r.lang);
  const total = deckSlideCount(r);
  control.onProgress?.(total, total);
  try {
    await writeAtomic(outPath, (out) => {
      out.end(html, 'utf8');
    });
  } catch (e) {
    if (e instanceof WriteError) throw new ExportError(outPath, e.message, { cause: e });
    throw new ExportError(outPath, `Cannot write ${outPath}: ${(e as Error).message}`, { cause: e });
  }
  return { path: outPath, pages: total, cuts: [] };
}

/** Each slide's geometry for every language the deck can switch to, alone and with the other beneath, as the stage asks for it. */
function deckGeometry(briefing: Briefing): Record<string, SlideGeometry> {
  const m = geometryMeasurer();
  const langs = [...new Set(briefing.meta.languages)];
  const ways: [Lang, Lang | undefined][] = langs.flatMap((l) => [[l, undefined], ...langs.filter((o) => o !== l).map((o): [Lang, Lang] => [l, o])]);
  const table: Record<string, SlideGeometry> = {};
  for (const slide of briefing.topics.flatMap((t) => t.slides)) {
    for (const [lang, lang2] of ways) {
      // The stage keeps clear of the banners wherever the slide shows them (the same rule the app's stage asks by).
      const req = stageRequest(briefing.sources, slide, lang, lang2, markingOf(briefing.meta, slide) !== undefined);
      table[geometryKey(req)] = slideGeometry(slide, { lang, lang2: req.lang2, banner: req.banner, source: req.source, byline: bylineFor(briefing.meta, slide, lang) }, m);
    }
  }
  return table;
}
