// Export options as a command line asks for them, checked by the one rulebook (model/export-options.ts) before a pack
// is loaded: each bad option named as the caller spells it, and the same misfits the exporters refuse.
import { describe, expect, it } from 'vitest';
import { askedOptionsProblem, optionsMisfit, unknownTopicsProblem, type AskedExportOptions } from '../../../main/model/export-options';

const asked = (o: Partial<AskedExportOptions> = {}) => ({ format: 'pdf', layout: 'slides', lang: 'en', backup: 'exclude', notes: false, ...o });
const flag = (o: string) => `--${o}`;

describe('options as asked', () => {
  it('accepts options that make an export', () => {
    expect(askedOptionsProblem(asked({ layout: 'handout-3', notes: true, paper: 'a4', lang: 'both' }), flag)).toBeNull();
    expect(askedOptionsProblem(asked({ layout: 'run-sheet', start: '9:05', slot: '1h30m' }), flag)).toBeNull();
    expect(askedOptionsProblem(asked({ format: 'pptx', notes: true }), flag)).toBeNull();
  });

  it.each([
    [{ format: 'docx' }, '--format must be one of pdf, pptx, html; got "docx"'],
    [{ layout: 'poster' }, '--layout must be one of slides, handout-1, handout-2, handout-3, handout-6, notes, brief, run-sheet; got "poster"'],
    [{ lang: 'fr' }, '--lang must be one of en, es, both; got "fr"'],
    [{ backup: 'maybe' }, '--backup must be include or exclude; got "maybe"'],
    [{ paper: 'legal' }, '--paper must be one of letter, a4; got "legal"'],
    [{ layout: 'run-sheet', start: '25:00' }, '--start: expected a 24-hour time like "14:30" or "9:05"; got "25:00"'],
  ])('names the bad option in %j', (o, message) => {
    expect(askedOptionsProblem(asked(o), flag)).toBe(message);
  });

  it('refuses what the exporters refuse, in the caller’s spelling of each option', () => {
    expect(askedOptionsProblem(asked({ layout: 'handout-6', notes: true }), flag)).toMatch(/^--notes does not fit the handout-6 layout/);
    expect(askedOptionsProblem(asked({ layout: 'brief', start: '14:30' }), flag)).toMatch(/^--start and --slot apply to the run-sheet layout only/);
    expect(askedOptionsProblem(asked({ format: 'html', paper: 'a4' }), flag)).toMatch(/^--paper applies to PDF handouts only/);
    expect(askedOptionsProblem(asked({ format: 'pptx', layout: 'brief' }), flag)).toBe(
      optionsMisfit({ format: 'pptx', layout: 'brief', notes: false }) ?? 'no misfit',
    );
  });

  it('names options plainly when the caller does not say how it spells them', () => {
    expect(askedOptionsProblem(asked({ lang: 'fr' }))).toBe('lang must be one of en, es, both; got "fr"');
  });
});

describe('topics as asked', () => {
  it('names every topic the briefing does not have, and the ones it has', () => {
    expect(unknownTopicsProblem(['a', 'x', 'y'], ['a', 'b'], flag)).toBe('--topics: no topic "x", "y"; this briefing has a, b');
  });

  it('accepts known topics, or none asked', () => {
    expect(unknownTopicsProblem(['b', 'a'], ['a', 'b'])).toBeNull();
    expect(unknownTopicsProblem(undefined, ['a'])).toBeNull();
  });
});
