// Spec: a file that claims an image type but cannot be turned into print form is refused when the pack loads,
// with an error placed at the slide's image field naming the file, for every type Puente accepts and for both
// kinds of damage: garbage behind the right extension, and the right header with garbage (or nothing) after it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadBriefing } from '../../../main/briefing/load';
import { formatProblem } from '../../../main/model/problems';

const FIXTURES = join(__dirname, '../../fixtures/images');
const good = (name: string): Buffer => readFileSync(join(FIXTURES, name));
const garbage = Buffer.from('Lorem ipsum dolor sit amet, this is not an image at all. '.repeat(8));

interface Case { name: string; bytes: () => Buffer; why: RegExp }
const CASES: Case[] = [
  { name: 'garbage.png', bytes: () => garbage, why: /it is not a PNG image \(its content does not start like one\)/ },
  { name: 'garbage.jpg', bytes: () => garbage, why: /it is not a JPEG image/ },
  { name: 'garbage.jpeg', bytes: () => garbage, why: /it is not a JPEG image/ },
  { name: 'garbage.gif', bytes: () => garbage, why: /it is not a GIF image/ },
  { name: 'garbage.webp', bytes: () => garbage, why: /it is not a WebP image/ },
  { name: 'garbage.svg', bytes: () => garbage, why: /it is not an SVG image/ },
  { name: 'cut.png', bytes: () => good('red-blue.png').subarray(0, 60), why: /the PDF writer cannot read it|pixel data is damaged/ },
  { name: 'damaged.png', bytes: () => Buffer.concat([good('red-blue.png').subarray(0, 41), garbage]), why: /PNG/ },
  { name: 'cut.jpg', bytes: () => good('red-blue.jpg').subarray(0, 200), why: /it is cut off/ },
  { name: 'damaged.jpg', bytes: () => Buffer.concat([good('red-blue.jpg').subarray(0, 4), garbage]), why: /the PDF writer cannot read it/ },
  { name: 'cut.gif', bytes: () => good('animated.gif').subarray(0, 100), why: /its GIF data cannot be decoded/ },
  { name: 'damaged.gif', bytes: () => Buffer.concat([good('animated.gif').subarray(0, 13), garbage]), why: /its GIF data cannot be decoded/ },
  { name: 'cut.webp', bytes: () => good('red-blue-lossy.webp').subarray(0, 60), why: /libwebp could not decode it/ },
  { name: 'damaged.webp', bytes: () => Buffer.concat([good('red-blue-lossy.webp').subarray(0, 16), garbage]), why: /WebP header/ },
  { name: 'cut.svg', bytes: () => good('red-blue.svg').subarray(0, 300), why: /it is not a well-formed SVG/ },
  { name: 'html.svg', bytes: () => Buffer.from('<html><body><p>not a picture</p></body></html>'), why: /its outermost element is <html>, not <svg>/ },
  { name: 'latin1.svg', bytes: () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><text>caf\xe9</text></svg>', 'latin1'), why: /not UTF-8/ },
];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'puente-image-contents-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEAD = 'puente: 1\nmeta:\n  title: T\n  organization: O\n  languages: [en]\ntopics:\n  - id: t\n    title: T\n    slides:\n';

describe('a broken image is refused when the pack loads', () => {
  test.each(CASES)('$name', async (c) => {
    const pack = mkdtempSync(join(dir, 'pack-'));
    writeFileSync(join(pack, c.name), c.bytes());
    writeFileSync(join(pack, 'briefing.yaml'), `${HEAD}      - { id: pic, layout: image, title: P, alt: A picture, image: ${c.name} }\n`);
    const result = await loadBriefing(pack);
    expect(result.status).toBe('invalid');
    const errors = result.status === 'invalid' ? result.errors : [];
    expect(errors).toHaveLength(1);
    const [error] = errors;
    // Placed at the image value: line 10, just after "image: ".
    const slideLine = `      - { id: pic, layout: image, title: P, alt: A picture, image: ${c.name} }`;
    expect(error).toMatchObject({ line: 10, col: slideLine.indexOf(c.name) + 1, path: 'topics[0].slides[0].image' });
    expect(formatProblem(error!)).toContain(`image "${c.name}" cannot be shown or printed: `);
    expect(error!.message).toMatch(c.why);
  });
});

test('every fixture of tests/fixtures/images loads without a problem', async () => {
  const names = ['red-blue.png', 'red-blue.jpg', 'red-blue-progressive.jpg', 'red-blue-cmyk.jpg', 'red-blue-lossy.webp', 'red-blue-lossless.webp',
    'red-clear-alpha.webp', 'red-clear-alpha-lossy.webp', 'animated.gif', 'animated.webp', 'red-blue.svg'];
  const pack = mkdtempSync(join(dir, 'good-'));
  const slides = names.map((n, i) => {
    writeFileSync(join(pack, n), good(n));
    return `      - { id: s${i}, layout: image, title: P, alt: A picture, image: ${n} }\n`;
  });
  writeFileSync(join(pack, 'briefing.yaml'), HEAD + slides.join(''));
  const result = await loadBriefing(pack);
  expect(result.status === 'invalid' ? result.errors : []).toEqual([]);
  expect(result.status === 'loaded' ? result.warnings : []).toEqual([]);
});
