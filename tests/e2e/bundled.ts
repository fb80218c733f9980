// The bundled briefing as the tests read it, straight from its YAML, and the few questions they ask of it.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { Briefing, type Lang, type Slide } from '../../main/model/schema';
import { localize } from '../../main/model/text';
import { repoPath } from './harness';

export const bundled = Briefing.parse(parse(readFileSync(repoPath('assets/briefings/ca-mx-spp/briefing.yaml'), 'utf8')));

export const mainFlow = (t: (typeof bundled.topics)[number]): Slide[] => t.slides.filter((s) => !s.backup);

export const titleOf = (s: Slide, lang: Lang): string | undefined =>
  'title' in s && s.title ? localize(s.title, lang) : undefined;
