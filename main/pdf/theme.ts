// The slide deck's page size, colours and type sizes, in one place so every layout looks like one deck.
export const PAGE = { width: 960, height: 540 } as const;

export const COLOR = {
  navy: '#13294b',
  navyLight: '#2c4a7a',
  accent: '#d9822b',
  ink: '#1f2933',
  muted: '#5f6b7a',
  rule: '#d5dbe3',
  bar: '#9fb3c8',
  paper: '#ffffff',
  tint: '#f3f5f8',
} as const;

/** Horizontal margin of the content area and the height of the frame pieces. */
export const MARGIN = 56;
export const TITLE_BAR = 92;
export const BANNER = 16;
export const FOOTER = 40;
