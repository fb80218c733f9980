// Makes it possible to measure the renderer in Chromium through the real handlers: time to the first slide, and
// key press → painted frame on a large pack.
import { performance } from 'node:perf_hooks';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openApp } from '../tests/e2e/harness';

/** One row of the bench's table; `target` and `status` only for measures the issue sets a target for. */
export interface BenchRow {
  measure: string;
  ms: number;
  target?: string;
  status?: 'ok' | 'MISSED';
}

export const median = (xs: number[]): number => quantile(xs, 0.5);

/** Nearest-rank quantile: the value at or below which a fraction `q` of the samples fall. */
export function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

const round1 = (ms: number): number => Math.round(ms * 10) / 10;

/** A row with a target: "ok" when the measure is under it. */
const targeted = (measure: string, ms: number, under: number): BenchRow => ({
  measure,
  ms: round1(ms),
  target: `< ${under} ms`,
  status: ms < under ? 'ok' : 'MISSED',
});

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
      // Chromium's own browser UI: each new window preloads its omnibox popup (a WebUI page of ~400 scripts in a
      // renderer of its own), which in traces took more CPU than the app's page during its first ~700 ms. Electron
      // has no such UI; on two cores it only added noise to both the app's and the reference's times.
      '--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
    ],
  });
}

/** The slide with its content laid out (its geometry arrived), not only its frame. */
const SLIDE_READY = '[data-testid=slide][data-ready=true]';

const newPage = (browser: Browser): Promise<Page> => browser.newPage({ viewport: { width: 1280, height: 720 } });

/** Resolves once the frame after the current DOM changes has been painted: the task after rAF runs post-paint. */
const PAINTED = 'new Promise((r) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => r(null); c.port2.postMessage(0); }))';

// A fixed reference workload, measured in the same run and browser as the app, in turn with it: on a shared,
// loaded machine the renderer's absolute times move with the load, their ratio to this much less (issue 14).
// A static page of 400 styled paragraphs and a table, about what the agenda and a slide show at once.
const REFERENCE_PAGE = `<!doctype html><html><head><style>body{font:16px sans-serif;margin:24px} p{margin:4px 0;color:#223}
  td{border:1px solid #999;padding:2px 6px} .k{font-weight:600}</style></head><body>${Array.from({ length: 400 }, (_, i) =>
  `<p><span class="k">Item ${i}</span> — the quick brown fox jumps over the lazy dog, ${i * 7} times.</p>`).join('')}
  <table>${Array.from({ length: 40 }, (_, r) => `<tr>${Array.from({ length: 6 }, (_, c) => `<td>${r * c}</td>`).join('')}</tr>`).join('')}</table>
  <div id="slide" data-testid="slide" data-slide-id="0" data-ready="true">${Array.from({ length: 30 }, (_, i) => `<p id="l${i}">line ${i}</p>`).join('')}</div>
  <script>let n = 0; addEventListener('keydown', (e) => { n += e.key === 'ArrowRight' ? 1 : -1;
    const s = document.getElementById('slide'); s.setAttribute('data-slide-id', String(n));
    for (let i = 0; i < 30; i++) document.getElementById('l' + i).textContent = 'slide ' + n + ', line ' + i + ': ' + 'word '.repeat(i % 9 + 1); });</script>
  </body></html>`;

/** The reference workload's page load: blank page → the static page painted. */
async function referenceLoad(browser: Browser): Promise<number> {
  const page = await newPage(browser);
  try {
    const t0 = performance.now();
    await page.setContent(REFERENCE_PAGE);
    await page.evaluate(PAINTED);
    return performance.now() - t0;
  } finally {
    await page.close();
  }
}

/** Bundled pack: navigation → agenda painted, click on the first topic → its first slide painted, and their sum. */
export async function firstSlideTimes(browser: Browser, runs = 7): Promise<BenchRow[]> {
  const toAgenda: number[] = [];
  const toSlide: number[] = [];
  const total: number[] = [];
  const reference: number[] = [];
  for (let i = 0; i < runs; i++) {
    reference.push(await referenceLoad(browser));
    const page = await newPage(browser);
    const t0 = performance.now();
    await openApp(page);
    await page.getByTestId('agenda').waitFor();
    await page.evaluate(PAINTED);
    const t1 = performance.now();
    await page.locator('[data-testid^="topic-"]').first().click();
    await page.locator(SLIDE_READY).waitFor();
    await page.evaluate(PAINTED);
    const t2 = performance.now();
    toAgenda.push(t1 - t0);
    toSlide.push(t2 - t1);
    total.push(t2 - t0);
    await page.close();
  }
  return [
    // The first run is the app's first slide after launch: the main side's measurer is cold (fonts parsed, words
    // shaped), as it is in every new app process; the later runs share this process's measurer.
    { measure: 'renderer: time to first slide, first run in this process (cold main side)', ms: round1(total[0]!) },
    { measure: `renderer: navigation → agenda painted (median of ${runs})`, ms: round1(median(toAgenda)) },
    { measure: `renderer: click on first topic → first slide painted (median of ${runs})`, ms: round1(median(toSlide)) },
    targeted(`renderer: time to first slide, navigation → slide painted with its content (median of ${runs})`, median(total), 400),
    { measure: `reference: static page of 400 paragraphs loaded → painted (median of ${runs}, in turn with the above)`, ms: round1(median(reference)) },
    { measure: 'ratio: time to first slide ÷ reference page load (not ms)', ms: Math.round((median(total) / median(reference)) * 100) / 100 },
  ];
}

interface ChangeSamples {
  /** Key press → the next frame painted. */
  painted: number[];
  /** Key press → the rAF callback: the work done before the frame, plus the wait for the frame to begin. */
  beforeFrame: number[];
  /** Key press → the first task after it: the key handler and Svelte's DOM update, without style and layout. */
  script: number[];
  /** Presses whose first frame showed the slide without its content (its geometry still on the way). */
  empty: number;
}

/**
 * Runs inside the page: `steps` ArrowRight presses then `steps` ArrowLeft presses, each timed from dispatch to the
 * first painted frame that shows the new slide with its content (`data-ready`). A string, as tsconfig has no DOM lib; in the page so that no CDP round trip is in the measure.
 */
const changeScript = (steps: number, gapMs: number): string => `(async () => {
  const slideId = () => document.querySelector('[data-testid=slide]')?.getAttribute('data-slide-id') ?? null;
  const painted = [];
  const beforeFrame = [];
  const script = [];
  let empty = 0;
  const ready = () => document.querySelector('[data-testid=slide]')?.getAttribute('data-ready') === 'true';
  const keys = [...Array(${steps}).fill('ArrowRight'), ...Array(${steps}).fill('ArrowLeft')];
  for (let i = 0; i < keys.length; i++) {
    const before = slideId();
    const t0 = performance.now();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: keys[i], bubbles: true, cancelable: true }));
    // The first task after the press runs once its microtasks (Svelte's DOM update) are done.
    let tScript = 0;
    const s = new MessageChannel();
    s.port1.onmessage = () => { tScript = performance.now(); };
    s.port2.postMessage(0);
    let tFrame = 0;
    await new Promise((r) => requestAnimationFrame(() => {
      tFrame = performance.now();
      const c = new MessageChannel();
      c.port1.onmessage = () => r(null);
      c.port2.postMessage(0);
    }));
    const after = slideId();
    if (after === null || after === before) {
      throw new Error('press ' + (i + 1) + ' (' + keys[i] + ') did not change the slide: still ' + before);
    }
    // A slide is changed when its text is on screen, not when its frame is: a slide painted empty (its geometry not
    // yet back from the main side) waits for the frame that paints its content.
    if (!ready()) {
      empty++;
      await new Promise((r) => {
        const o = new MutationObserver(() => { if (ready()) { o.disconnect(); r(null); } });
        o.observe(document.body, { subtree: true, attributes: true, childList: true });
      });
      await new Promise((r) => requestAnimationFrame(() => {
        const c = new MessageChannel();
        c.port1.onmessage = () => r(null);
        c.port2.postMessage(0);
      }));
    }
    const t1 = performance.now();
    painted.push(t1 - t0);
    beforeFrame.push(tFrame - t0);
    script.push(tScript - t0);
    // A presenter presses keys far apart: let the main side's echo of this change land before the next press.
    await new Promise((r) => setTimeout(r, ${gapMs}));
  }
  return { painted, beforeFrame, script, empty };
})()`;

/** A large pack (`yamlPath`, titled `title` in English): key press → painted frame over 2 × `steps` slide changes. */
export async function slideChangeTimes(browser: Browser, yamlPath: string, title: string, steps = 150): Promise<BenchRow[]> {
  const page = await newPage(browser);
  try {
    await openApp(page);
    await page.getByTestId('agenda').waitFor();
    await page.evaluate(`window.puente.openBriefing({ path: ${JSON.stringify(yamlPath)} })`);
    await page.locator('[data-testid=agenda]', { hasText: title }).waitFor();
    await page.locator('[data-testid^="topic-"]').first().click();
    await page.locator(SLIDE_READY).waitFor();
    await page.evaluate(PAINTED);
    const { painted, beforeFrame, script, empty } = (await page.evaluate(changeScript(steps, 40))) as ChangeSamples;
    const n = painted.length;
    const reference = await referenceChange(browser, steps);
    return [
      { measure: `renderer: key → DOM updated, script only (median of ${n})`, ms: round1(median(script)) },
      { measure: `renderer: key → DOM updated, script only (p95 of ${n})`, ms: round1(quantile(script, 0.95)) },
      { measure: `renderer: key → rAF, work before the frame (median of ${n})`, ms: round1(median(beforeFrame)) },
      { measure: `renderer: key → rAF, work before the frame (p95 of ${n})`, ms: round1(quantile(beforeFrame, 0.95)) },
      { measure: `renderer: changes first painted without their content, waiting for the main side (count of ${n}, not ms)`, ms: empty },
      { measure: `renderer: key → slide change painted with its content (median of ${n})`, ms: round1(median(painted)) },
      targeted(`renderer: key → slide change painted with its content (p95 of ${n})`, quantile(painted, 0.95), 16),
      { measure: `reference: key → 30 lines of a static page changed and painted (p95 of ${n}, right after the above)`, ms: round1(quantile(reference, 0.95)) },
      { measure: 'ratio: slide change p95 ÷ reference change p95 (not ms)', ms: Math.round((quantile(painted, 0.95) / quantile(reference, 0.95)) * 100) / 100 },
    ];
  } finally {
    await page.close();
  }
}

/** The reference workload's key press → painted frame, timed as the app's slide change is (changeScript). */
async function referenceChange(browser: Browser, steps: number): Promise<number[]> {
  const page = await newPage(browser);
  try {
    await page.setContent(REFERENCE_PAGE);
    await page.evaluate(PAINTED);
    return ((await page.evaluate(changeScript(steps, 40))) as ChangeSamples).painted;
  } finally {
    await page.close();
  }
}
