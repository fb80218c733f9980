// What the author wrote is what the audience sees: each pack of tests/fixtures/fidelity/ opened in the app, every
// slide visited in English and in Spanish; each visible string of the slide (composed, default-ignorables removed)
// is in the slide as Chromium lays it out, through the real handlers.
import { readdirSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { loadBriefing } from '../../main/briefing/load';
import type { Lang } from '../../main/model/schema';
import { visibleText } from '../../main/model/unicode';
import { holds, slideTexts, squash, wordings } from '../fidelity-strings';
import { openApp, repoPath } from './harness';

const CORPUS = repoPath('tests/fixtures/fidelity');
const packs = readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

for (const pack of packs) {
  test(`every slide of the ${pack} pack shows its text as written, in English and in Spanish`, async ({ page }) => {
    const loaded = await loadBriefing(`${CORPUS}/${pack}`);
    if (loaded.status !== 'loaded') throw new Error(`${pack} does not load`);
    const b = loaded.briefing;
    const h = await openApp(page);
    await page.evaluate(`window.puente.openBriefing({ path: ${JSON.stringify(`${CORPUS}/${pack}`)} })`);
    for (const lang of ['en', 'es'] as Lang[]) {
      for (const topic of b.topics) {
        // From the agenda ("a"), each topic opens at its first slide.
        if (await page.getByTestId('slide').count()) await page.keyboard.press('a');
        await page.getByTestId(`topic-${topic.id}`).click();
        for (const [i, slide] of topic.slides.entries()) {
          const shown = page.getByTestId('slide');
          await expect(shown).toHaveAttribute('data-slide-id', slide.id);
          const text = squash(await shown.evaluate((el: { textContent: string | null }) => el.textContent ?? ''));
          const missing = slideTexts(slide).flatMap((t) => wordings(t, [lang]).slice(0, 1)).filter((s) => visibleText(s).trim() !== '' && !holds(text, s));
          expect(missing, `${slide.id} in ${lang}`).toEqual([]);
          if (i < topic.slides.length - 1) await page.keyboard.press('ArrowRight');
        }
      }
      if (lang === 'en') await page.keyboard.press('l');
    }
    expect(h.offOrigin).toEqual([]);
  });
}
