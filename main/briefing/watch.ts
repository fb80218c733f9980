// Makes the authoring loop possible: watches a pack's folder and calls back once per burst of saves, so an edit in any
// editor (including those that save by writing a temp file and renaming it) reloads the pack in place.
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { dirname } from 'node:path';

export interface PackWatcher {
  close(): void;
}

export interface WatchOptions {
  /** Saves closer together than this are one change. */
  debounceMs?: number;
  /** The folder went away or cannot be watched; watching has stopped. */
  onError?: (err: Error) => void;
}

export function watchPack(yamlPath: string, onChange: () => void, opts: WatchOptions = {}): PackWatcher {
  const debounceMs = opts.debounceMs ?? 120;
  const folder = dirname(yamlPath);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let watcher: FSWatcher | undefined;
  let closed = false;

  const close = () => {
    closed = true;
    clearTimeout(timer);
    watcher?.close();
    watcher = undefined;
  };
  const fail = (err: Error) => {
    close();
    opts.onError?.(err);
  };

  try {
    // Recursive, so images in sub-folders count too; Node 20 supports it on Linux, macOS and Windows.
    watcher = watch(folder, { recursive: true, persistent: false }, (_event, file) => {
      if (closed) return;
      // Editors' swap and backup files are not the pack changing.
      if (file && /(^|[\\/])(\.#|#)|\.swp$|~$/.test(String(file))) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (closed) return;
        onChange();
        // On Linux a deleted folder is one last event, not an 'error': the watch is dead, so stop it here.
        if (!closed && !existsSync(folder)) fail(new Error(`The pack folder ${folder} was removed.`));
      }, debounceMs);
    });
    watcher.on('error', fail);
  } catch (err) {
    fail(err instanceof Error ? err : new Error(String(err)));
  }
  return { close };
}
