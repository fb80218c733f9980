// What Puente remembers between runs, in one JSON file: recent packs, where the briefer was in each, and each pack's
// saved runs. A missing, unreadable or invalid file means starting fresh — never a crash — and the reason is kept
// so the app can mention it. Writes are debounced, serialized and atomic (temp file, then rename).
import * as z from 'zod';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeAtomic, describeWriteFailure, WriteError } from '../files/write-atomic';
import { ShowState } from '../model/show';
import { RecentPack, Rehearsal, SavedRun } from '../model/contract';

const MAX_RECENT = 10;
/** Rehearsals kept per pack: the latest and the one it is compared with. */
const KEPT_REHEARSALS = 2;
const WRITE_DELAY_MS = 250;

/** A list read entry by entry, like `show`: an entry another version wrote differently is dropped, not the whole file. */
function looseList<T extends z.ZodType>(entry: T) {
  return z
    .array(z.unknown())
    .default([])
    .transform((list) => list.flatMap((item) => {
      const parsed = entry.safeParse(item);
      return parsed.success ? [parsed.data as z.output<T>] : [];
    }));
}

const PackMemory = z.object({
  /** Stored loosely: a show from an older version that no longer parses is ignored, not fatal. */
  show: z.unknown().optional(),
  runs: looseList(SavedRun),
  rehearsals: looseList(Rehearsal),
});

const SettingsFile = z.object({
  puenteSettings: z.literal(1),
  recent: z.array(RecentPack).default([]),
  packs: z.record(z.string(), PackMemory).default({}),
});
type SettingsFile = z.infer<typeof SettingsFile>;

const fresh = (): SettingsFile => ({ puenteSettings: 1, recent: [], packs: {} });

export class SettingsStore {
  /** What went wrong reading or writing the file, naming it; null when all is well. */
  problem: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();
  /** Changes not yet on disk. Without any, nothing is written, so a bad file stays as found until a change replaces it. */
  private dirty = false;

  private constructor(
    private readonly file: string | null,
    private data: SettingsFile,
  ) {}

  /** The settings in `file` (null: memory only, nothing is written). */
  static async open(file: string | null): Promise<SettingsStore> {
    if (!file) return new SettingsStore(null, fresh());
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      const store = new SettingsStore(file, fresh());
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') store.problem = `Cannot read ${file}; starting with fresh settings.`;
      return store;
    }
    try {
      return new SettingsStore(file, SettingsFile.parse(JSON.parse(text)));
    } catch {
      const store = new SettingsStore(file, fresh());
      store.problem = `${file} is not a valid Puente settings file; starting with fresh settings (it is replaced on the next change).`;
      return store;
    }
  }

  recent(): RecentPack[] {
    return this.data.recent.map((r) => ({ ...r }));
  }

  lastPack(): string | null {
    return this.data.recent[0]?.path ?? null;
  }

  addRecent(path: string, name: string): void {
    this.data.recent = [{ path, name }, ...this.data.recent.filter((r) => r.path !== path)].slice(0, MAX_RECENT);
    this.changed();
  }

  removeRecent(path: string): void {
    this.data.recent = this.data.recent.filter((r) => r.path !== path);
    this.changed();
  }

  runs(packPath: string): SavedRun[] {
    return (this.data.packs[packPath]?.runs ?? []).map((r) => ({ ...r, topics: [...r.topics] }));
  }

  /**
   * Saves a run under its name, replacing one of the same name. `run` is as the IPC contract parsed it (`SavedRun`:
   * name trimmed, 1–60 characters, at least one topic): the contract is where a bad run is refused, with its message.
   */
  saveRun(packPath: string, run: SavedRun): void {
    const memory = this.memory(packPath);
    memory.runs = [...memory.runs.filter((r) => r.name !== run.name), { ...run, topics: [...run.topics] }];
    this.changed();
  }

  /** The pack's kept rehearsals, oldest first. */
  rehearsals(packPath: string): Rehearsal[] {
    return (this.data.packs[packPath]?.rehearsals ?? []).map((r) => ({ at: r.at, slides: { ...r.slides } }));
  }

  /** Keeps a rehearsal as the pack's latest; the one before stays to compare with, older ones go. */
  saveRehearsal(packPath: string, rehearsal: Rehearsal): void {
    const memory = this.memory(packPath);
    memory.rehearsals = [...memory.rehearsals, rehearsal].slice(-KEPT_REHEARSALS);
    this.changed();
  }

  deleteRun(packPath: string, name: string): void {
    const memory = this.memory(packPath);
    memory.runs = memory.runs.filter((r) => r.name !== name);
    this.changed();
  }

  /** Where the briefer was in a pack, if it is known and still readable. */
  show(packPath: string): ShowState | null {
    const parsed = ShowState.safeParse(this.data.packs[packPath]?.show);
    return parsed.success ? parsed.data : null;
  }

  rememberShow(packPath: string, state: ShowState): void {
    this.memory(packPath).show = state;
    this.changed();
  }

  /** Writes now (and waits for any write in progress); a failure is kept in `problem`, never thrown. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.file || !this.dirty) return this.writing;
    const file = this.file;
    const text = `${JSON.stringify(this.data, null, 2)}\n`;
    this.dirty = false;
    // Chained, so writes never overlap and the last one queued is the one left on disk.
    this.writing = this.writing.then(async () => {
      try {
        await mkdir(dirname(file), { recursive: true });
        await writeAtomic(file, (out) => {
          out.end(text);
        });
        this.problem = null;
      } catch (err) {
        this.dirty = true; // tried again on the next change or flush
        this.problem = err instanceof WriteError ? err.message : describeWriteFailure(file, err);
      }
    });
    return this.writing;
  }

  private memory(packPath: string): z.infer<typeof PackMemory> {
    this.data.packs[packPath] ??= { runs: [], rehearsals: [] };
    return this.data.packs[packPath];
  }

  private changed(): void {
    this.dirty = true;
    if (!this.file || this.timer) return;
    this.timer = setTimeout(() => void this.flush(), WRITE_DELAY_MS);
    // A pending settings write must not keep a CLI or test process alive.
    this.timer.unref?.();
  }
}
