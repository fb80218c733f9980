// One slide numbering across the app: the deck-wide number first, the topic position beside it.
import { describe, expect, it } from 'vitest';
import { flowPack } from '../flow-pack';
import { placeLabel, topicPlaceLabel } from '../../../renderer/place-label';

const briefing = flowPack({ topics: 2 });

describe('placeLabel', () => {
  it('numbers across the briefing, backups left out, with the topic position as a second label', () => {
    expect(placeLabel(briefing, { topic: 0, slide: 0 }, 'en')).toBe('Slide 1 of 4 · Topic 1, 1 of 2');
    expect(placeLabel(briefing, { topic: 1, slide: 2 }, 'en')).toBe('Slide 4 of 4 · Topic 2, 2 of 2');
    expect(placeLabel(briefing, { topic: 1, slide: 1 }, 'es')).toBe('Diapositiva 3 de 4 · Tema 2, 1 de 2');
  });

  it('names a backup slide by its topic, without a number in the flow', () => {
    expect(placeLabel(briefing, { topic: 0, slide: 2 }, 'en')).toBe('Backup slide · Topic 1');
    expect(placeLabel(briefing, { topic: 1, slide: 0 }, 'es')).toBe('Diapositiva de reserva · Tema 2');
  });

  it('gives the topic position alone for views that show the deck number beside it', () => {
    expect(topicPlaceLabel(briefing, { topic: 1, slide: 2 }, 'en')).toBe('Topic 2, 2 of 2');
    expect(topicPlaceLabel(briefing, { topic: 0, slide: 2 }, 'en')).toBe('');
  });

  it('says nothing for a place that does not exist', () => {
    expect(placeLabel(briefing, { topic: 5, slide: 0 }, 'en')).toBe('');
  });
});
