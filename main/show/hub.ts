// Keeps the one true copy of the show and tells every window when it moves, so the audience and presenter windows
// cannot drift apart: each renders only what the hub broadcasts (a window may draw its own change first, but the
// hub's revisions decide where everybody ends up).
import type { Briefing } from '../model/schema';
import { fitShow, initialShow, type ShowState, type ShowUpdate } from '../model/show';

export class ShowHub {
  private rev = 0;
  private state: ShowState;

  constructor(
    private readonly publish: (update: ShowUpdate) => void,
    briefing: Briefing | null = null,
  ) {
    this.state = initialShow(briefing);
  }

  current(): ShowUpdate {
    return { rev: this.rev, state: this.state };
  }

  /** Takes a window's move; fitted to the briefing so a stale window cannot point past the end. */
  set(state: ShowState, briefing: Briefing | null): ShowUpdate {
    return this.replace(briefing ? fitShow(state, briefing) : state);
  }

  /** A new pack: start from where the presenter last was in it, if known, else from its agenda. */
  reset(briefing: Briefing, remembered: ShowState | null): ShowUpdate {
    const start = remembered ? { ...fitShow(remembered, briefing), blank: 'none' as const } : initialShow(briefing);
    return this.replace(start);
  }

  /** The same pack, edited: keep the place when it still exists. Publishes only when something had to change. */
  refit(briefing: Briefing): ShowUpdate {
    const fitted = fitShow(this.state, briefing);
    if (JSON.stringify(fitted) === JSON.stringify(this.state)) return this.current();
    return this.replace(fitted);
  }

  private replace(state: ShowState): ShowUpdate {
    this.state = state;
    this.rev += 1;
    const update = this.current();
    this.publish(update);
    return update;
  }
}
