// The pack the app is presenting: the bundled briefing until the user opens another.
import { dirname } from 'node:path';
import { loadBriefing } from '../briefing/load';
import { bundledBriefingPath } from '../paths';
import type { LoadResult } from '../model/contract';

type Loaded = Exclude<LoadResult, { status: 'cancelled' }>;

export class BriefingSession {
  private current: Loaded | undefined;

  /** The current pack, loading the bundled briefing on first use. */
  async get(): Promise<Loaded> {
    this.current ??= await loadBriefing(bundledBriefingPath(), { bundled: true });
    return this.current;
  }

  /** Loads another pack; an invalid one is reported but the last good one stays current. */
  async open(pack: string): Promise<Loaded> {
    const result = await loadBriefing(pack);
    if (result.status === 'loaded') this.current = result;
    return result;
  }

  async packDir(): Promise<string> {
    return dirname((await this.get()).source.path);
  }
}
