// Groups a slide's text boxes for the stage's markup: a run of bullet boxes becomes one list, each point an item
// holding its own box and its translation, so a screen reader hears a list as it does in the PDF's tags.
import type { TextBox } from '../../main/model/slide-geometry/types';

export interface Indexed { box: TextBox; index: number }
export type StageNode = { kind: 'box'; item: Indexed } | { kind: 'list'; items: Indexed[][] };

const inList = (b: TextBox): boolean => /^(sub-)?bullet(-2)?$/.test(b.role);

/** The boxes in order, bullets gathered into lists of items (an item: a point and the boxes that continue it). */
export function stageTree(texts: readonly TextBox[]): StageNode[] {
  const out: StageNode[] = [];
  texts.forEach((box, index) => {
    const last = out[out.length - 1];
    if (!inList(box)) return void out.push({ kind: 'box', item: { box, index } });
    if (last?.kind === 'list') {
      const item = last.items[last.items.length - 1];
      if ((box.secondary || box.inline) && item) item.push({ box, index });
      else last.items.push([{ box, index }]);
    } else out.push({ kind: 'list', items: [[{ box, index }]] });
  });
  return out;
}
