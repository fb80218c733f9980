// Dropping a pack on the window: a .yaml file or a folder opens; anything else, or a window that cannot read paths, does not.
import { describe, expect, it } from 'vitest';
import { droppedPackPath } from '../../../renderer/drop-pack';

const reader = { pathForFile: (f: { name: string }) => `/packs/${f.name}` };
const drop = (...names: string[]) => ({ files: names.map((name) => ({ name })) });

describe('dropped packs', () => {
  it('opens the first .yaml file or folder dropped', () => {
    expect(droppedPackPath(drop('photo.png', 'ca-mx-spp'), reader)).toBe('/packs/ca-mx-spp');
    expect(droppedPackPath(drop('Briefing.YML'), reader)).toBe('/packs/Briefing.YML');
  });

  it('opens nothing for other files, an empty drop, or without a path reader', () => {
    expect(droppedPackPath(drop('notes.pdf'), reader)).toBeNull();
    expect(droppedPackPath(drop(), reader)).toBeNull();
    expect(droppedPackPath(null, reader)).toBeNull();
    expect(droppedPackPath(drop('briefing.yaml'), undefined)).toBeNull();
    expect(droppedPackPath(drop('briefing.yaml'), { pathForFile: () => '' })).toBeNull();
  });
});
