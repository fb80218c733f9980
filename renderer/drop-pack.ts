// Makes it possible to open a briefing pack by dropping its folder or its .yaml file on the window.

/** Turns a dropped file into its path; Electron's preload provides it, a plain browser cannot. */
export interface PathReader<F> {
  pathForFile(file: F): string;
}

/**
 * The path of the dropped pack: the first dropped item that is a `.yaml`/`.yml` file or has no extension (a folder).
 * Null when nothing usable was dropped, or when this window cannot read paths.
 */
export function droppedPackPath<F extends { readonly name: string }>(
  data: { readonly files: ArrayLike<F> } | null,
  reader: PathReader<F> | undefined,
): string | null {
  if (!data || !reader) return null;
  for (const file of Array.from(data.files)) {
    const name = file.name.toLowerCase();
    const isYaml = name.endsWith('.yaml') || name.endsWith('.yml');
    const isFolder = !name.includes('.');
    if (!isYaml && !isFolder) continue;
    const path = reader.pathForFile(file);
    if (path) return path;
  }
  return null;
}
