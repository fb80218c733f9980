// The pack the app is presenting: the one named at launch (or last time), else the bundled briefing, until the user
// opens another. The pack last opened is watched, so saving it in an editor reloads it in place.
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadBriefing } from './load';
import { watchPack, type PackWatcher } from './watch';
import { bundledBriefingPath } from '../paths';
import type { BriefingChange, LoadResult } from '../model/contract';

export type Loaded = Extract<LoadResult, { status: 'loaded' }>;
type Settled = Exclude<LoadResult, { status: 'cancelled' }>;

export interface SessionOptions {
  /** The pack to start on (a command-line argument, or the last pack used); the bundled briefing when absent or gone. */
  initialPack?: string | null;
  watch?: (yamlPath: string, onChange: () => void) => PackWatcher;
}

export class BriefingSession {
  private current: Settled | undefined;
  private starting: Promise<Settled> | undefined;
  private watcher: PackWatcher | undefined;
  private readonly listeners = new Set<(change: BriefingChange, previous: Settled | undefined) => void>();

  constructor(private readonly options: SessionOptions = {}) {}

  /** The current pack, loading the starting pack on first use. */
  async get(): Promise<Settled> {
    if (this.current) return this.current;
    this.starting ??= this.start();
    return this.starting;
  }

  /** Loads another pack and watches it; an invalid one is reported but the last good one stays current. */
  async open(pack: string): Promise<Settled> {
    const previous = await this.get();
    const result = await loadBriefing(pack);
    this.watchSource(result);
    if (result.status === 'loaded' || previous.status !== 'loaded') this.current = result;
    this.emit({ reason: 'opened', result }, previous);
    return result;
  }

  /** Called with every pack that arrives unasked (opened elsewhere, or edited on disk) and what was current before. */
  onChange(listener: (change: BriefingChange, previous: Settled | undefined) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async packDir(): Promise<string> {
    return dirname((await this.get()).source.path);
  }

  close(): void {
    this.watcher?.close();
    this.watcher = undefined;
  }

  private async start(): Promise<Settled> {
    const wanted = this.options.initialPack;
    // A remembered pack that has since been moved or deleted is not worth an error screen at startup.
    const result =
      wanted && existsSync(wanted) ? await loadBriefing(wanted) : await loadBriefing(bundledBriefingPath(), { bundled: true });
    this.watchSource(result);
    this.current = result;
    return result;
  }

  private watchSource(result: Settled): void {
    this.close();
    if (result.source.bundled) return; // shipped inside the app; it does not change
    const watch = this.options.watch ?? watchPack;
    const path = result.source.path;
    this.watcher = watch(path, () => void this.reload(path));
  }

  private async reload(path: string): Promise<void> {
    const result = await loadBriefing(path);
    const previous = this.current;
    if (result.status === 'loaded' || previous?.status !== 'loaded') this.current = result;
    this.emit({ reason: 'reloaded', result }, previous);
  }

  private emit(change: BriefingChange, previous: Settled | undefined): void {
    for (const listener of this.listeners) listener(change, previous);
  }
}
