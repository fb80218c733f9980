// Shrinks a block's type (through the --fit CSS variable) until it ends above the slide's source line, so a long
// list never runs into the footer; stops at 60 % to stay readable, where `puente validate` should have warned.

const FLOOR = 0.6;
const STEP = 0.05;

function fit(node: HTMLElement): void {
  const box = node.closest<HTMLElement>('.content-slide');
  if (!box) return;
  const rect = box.getBoundingClientRect();
  // The stage is CSS-scaled: convert the box's padding from layout to screen pixels.
  const ratio = box.offsetHeight ? rect.height / box.offsetHeight : 1;
  const limit = rect.bottom - parseFloat(getComputedStyle(box).paddingBottom) * ratio + 0.5;
  let scale = 1;
  node.style.setProperty('--fit', '1');
  while (scale > FLOOR && node.getBoundingClientRect().bottom > limit) {
    scale = Math.max(FLOOR, scale - STEP);
    node.style.setProperty('--fit', String(scale));
  }
}

/** Svelte action; pass what the text depends on (language, content) so it refits when that changes. */
export function fitInSlide(node: HTMLElement, _dependsOn?: unknown): { update(): void } {
  fit(node);
  void document.fonts?.ready.then(() => fit(node));
  return { update: () => fit(node) };
}
