// Presentation state, in one place, read by both windows: the loaded briefing or its problems, the show (place,
// language, blank screen, bilingual mode, today's run) as the main side holds it, and this window's own overlays.
import type { Briefing, Lang } from '../main/model/schema';
import type { BriefingChange, LoadResult, PackSource, Prefs } from '../main/model/contract';
import type { Problem } from '../main/model/problems';
import { initialShow, type ShowState, type ShowUpdate } from '../main/model/show';
import {
  applyRun,
  briefingProgress,
  nextPlace,
  positionInRun,
  positionInTopic,
  topicStart,
  type Place,
} from '../main/model/flow';
import { step, type ShowAction } from '../main/model/navigate';
import type { KeyAction } from './keyboard';

export type Loading =
  | { status: 'loading' }
  | { status: 'loaded'; briefing: Briefing; source: PackSource; warnings: Problem[] }
  | { status: 'invalid'; source: PackSource; errors: Problem[]; warnings: Problem[] }
  | { status: 'failed'; message: string };

type LoadedState = Extract<Loading, { status: 'loaded' }>;

export interface Toast {
  id: number;
  text: string;
  kind: 'info' | 'error';
}

/** A window is the audience's (the main window) or the presenter's (`#presenter`). */
export type Role = 'audience' | 'presenter';

export type Overlay = 'none' | 'overview' | 'search' | 'help';

/** Where this window sends show changes; the app's is `window.puente.setShow`, a unit test may pass its own. */
export type ShowSink = (state: ShowState) => Promise<ShowUpdate>;

/** Deep equality of two JSON values (a show state), whatever the order of their keys. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

class Presentation {
  role = $state<Role>('audience');
  // Raw, not deep: a pack is replaced whole, never changed in place, and a deep proxy would put a signal on every
  // field of every slide — each slide change walks the flow (next slide, position, progress) through them.
  loading = $state.raw<Loading>({ status: 'loading' });
  show = $state<ShowState>(initialShow(null));
  /** This window's own layers: they do not move the audience's screen. */
  overlay = $state<Overlay>('none');
  /** The pack on screen was saved with errors: they are listed over the last good version. */
  reloadProblems = $state<{ source: PackSource; errors: Problem[] } | null>(null);
  /** Digits typed toward a jump, shown so the presenter sees what they typed. */
  typed = $state('');
  toast = $state<Toast | null>(null);
  /** The briefing that was on screen before an invalid pack was opened; the main side keeps it too. */
  lastGood = $state.raw<LoadedState | null>(null);
  prefs = $state<Prefs>({ recent: [], runs: [], rehearsals: [], problem: null });
  /** The presenter window is open, so this (audience) window shows the slide alone. */
  presenterOpen = $state(false);
  /** The language the presenter reads notes in (presenter window only); may differ from the audience's. */
  notesLang = $state<Lang>('en');

  /** The pack as loaded. */
  pack = $derived(this.loading.status === 'loaded' ? this.loading.briefing : null);
  /** The pack as today's run presents it; every place is an index into this. */
  briefing = $derived(this.pack ? applyRun(this.pack, this.show.run) : null);
  lang = $derived(this.show.lang);
  /** The language this window's reader reads the interface in: the notes language in the presenter window. */
  readerLang = $derived<Lang>(this.role === 'presenter' ? this.notesLang : this.show.lang);
  view = $derived(this.show.view);
  place = $derived(this.show.place);
  languages = $derived<Lang[]>(this.pack ? this.pack.meta.languages : ['en', 'es']);
  /** The other language when bilingual mode is on. */
  secondary = $derived<Lang | null>(this.show.bilingual ? (this.languages.find((l) => l !== this.show.lang) ?? null) : null);
  topic = $derived(this.briefing?.topics[this.place.topic] ?? null);
  slide = $derived(this.topic?.slides[this.place.slide] ?? null);
  nextSlide = $derived.by(() => {
    if (!this.briefing) return null;
    const to = this.view === 'agenda' ? topicStart(this.briefing, this.place.topic) : nextPlace(this.briefing, this.place);
    return to ? (this.briefing.topics[to.topic]?.slides[to.slide] ?? null) : null;
  });
  position = $derived(this.briefing ? positionInTopic(this.briefing, this.place) : { n: null, m: 0 });
  runPosition = $derived(this.briefing ? positionInRun(this.briefing, this.place) : { n: null, m: 0 });
  progress = $derived(this.briefing ? briefingProgress(this.briefing, this.place) : 0);

  private sink: ShowSink | null = null;
  private applied = 0;
  private latest: ShowUpdate | null = null;
  private pending = 0;

  /** Sends this window's show changes through `sink` (the main side); until then changes stay local. */
  connect(sink: ShowSink): void {
    this.sink = sink;
  }

  /** A show from the main side. While this window's own changes are in flight it waits, so keys held down do not flicker. */
  applyShow(update: ShowUpdate): void {
    if (!this.latest || update.rev > this.latest.rev) this.latest = update;
    if (this.pending === 0) this.catchUp();
  }

  private catchUp(): void {
    if (this.latest && this.latest.rev > this.applied) {
      this.applied = this.latest.rev;
      // Most updates are the main side's echo of this window's own move: the show on screen already. Kept as it
      // is, so that nothing drawn from it (place, position, progress, the slides laid out ahead) is worked out again.
      if (!sameValue(this.latest.state, $state.snapshot(this.show))) this.show = this.latest.state;
    }
  }

  /** Moves the show as `step` decides: drawn here at once, then kept by the main side, which tells the other window. */
  private move(action: ShowAction): void {
    const next = step(this.show, action, this.briefing);
    if (!next) return;
    this.show = next;
    if (!this.sink) return;
    this.pending += 1;
    this.sink($state.snapshot(next))
      .then((update) => this.applyShow(update))
      .catch((err: unknown) => this.notify(err instanceof Error ? err.message : String(err), 'error'))
      .finally(() => {
        this.pending -= 1;
        if (this.pending === 0) this.catchUp();
      });
  }

  /** Takes a pack from the main side (at startup, opened, or reloaded after an edit); a cancelled open keeps what is shown. */
  receive(result: LoadResult, reason: BriefingChange['reason'] | 'start' = 'start'): void {
    if (result.status === 'cancelled') return;
    const onScreen = this.loading.status === 'loaded' ? this.loading : null;
    if (result.status === 'invalid') {
      // An edit that broke the pack on screen: keep presenting the last good version, with the errors over it.
      if (reason === 'reloaded' && onScreen && onScreen.source.path === result.source.path) {
        this.reloadProblems = { source: result.source, errors: result.errors };
        return;
      }
      if (onScreen) this.lastGood = onScreen;
      this.reloadProblems = null;
      this.loading = { status: 'invalid', source: result.source, errors: result.errors, warnings: result.warnings };
      return;
    }
    this.lastGood = null;
    this.reloadProblems = null;
    this.loading = { status: 'loaded', briefing: result.briefing, source: result.source, warnings: result.warnings };
  }

  /** Leaves the problem list and goes back to the briefing that was on screen, where the presenter was. */
  backToPrevious(): void {
    if (!this.lastGood) return;
    this.loading = this.lastGood;
    this.lastGood = null;
  }

  fail(message: string): void {
    this.loading = { status: 'failed', message };
  }

  openTopic(topic: number): void {
    this.move({ kind: 'open-topic', topic });
  }

  showAgenda(): void {
    this.move({ kind: 'agenda' });
  }

  /** Goes to any slide, backup ones included; leaving the main flow remembers where to come back to. */
  goTo(place: Place): void {
    this.move({ kind: 'go-to', place });
  }

  /** Back from a backup slide to where the briefer was. */
  returnFromDetour(): void {
    this.move({ kind: 'return' });
  }

  next(): void {
    this.move({ kind: 'next' });
  }

  previous(): void {
    this.move({ kind: 'previous' });
  }

  /** F5: the run's first slide; Shift+F5: the slide view at the current place (from the agenda, where it was). */
  start(from: 'beginning' | 'current'): void {
    this.move({ kind: 'start', from });
  }

  first(): void {
    this.move({ kind: 'first' });
  }

  last(): void {
    this.move({ kind: 'last' });
  }

  /** Slide n of the run, numbered across the briefing as every view numbers it (from the agenda too). */
  jump(n: number): void {
    this.move({ kind: 'jump', n });
  }

  /** Switches the audience to the next language the briefing offers; the place is kept. */
  toggleLanguage(): void {
    this.move({ kind: 'toggle-language' });
  }

  setLanguage(lang: Lang): void {
    this.move({ kind: 'set-language', lang });
  }

  toggleBilingual(): void {
    this.move({ kind: 'bilingual' });
  }

  /** Blanks the audience's screen black or white; the same key again shows the slide. */
  toggleBlank(colour: 'black' | 'white'): void {
    this.move({ kind: 'blank', colour });
  }

  /** Presents only these topics, in this order (null: all), in `slot` seconds (null: as planned); starts again from the agenda. */
  setRun(run: string[] | null, slot: number | null = null): void {
    this.move({ kind: 'set-run', run, slot });
  }

  openOverlay(overlay: Overlay): void {
    // The overview and search need a briefing to show; the shortcut card does not.
    if (overlay === 'help' || this.briefing) this.overlay = overlay;
  }

  closeOverlay(): void {
    this.overlay = 'none';
  }

  /** Keys the presentation itself answers; the window-level ones (full screen, presenter) are App's. */
  act(action: KeyAction): void {
    this.typed = action.kind === 'typing' ? action.digits : '';
    switch (action.kind) {
      case 'overview':
      case 'search':
      case 'help':
        return this.openOverlay(action.kind);
      case 'typing':
      case 'fullscreen':
      case 'presenter':
      case 'export':
        return;
      case 'agenda':
      case 'bilingual':
      case 'blank':
      case 'first':
      case 'jump':
      case 'last':
      case 'next':
      case 'previous':
      case 'return':
      case 'start':
      case 'toggle-language':
        return this.move(action);
    }
  }

  private toastSeq = 0;
  private toastTimer: ReturnType<typeof setTimeout> | undefined;

  /** Shows a short message; errors stay longer so they can be read. */
  notify(text: string, kind: Toast['kind'] = 'info'): void {
    this.toast = { id: ++this.toastSeq, text, kind };
    clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(() => (this.toast = null), kind === 'error' ? 12000 : 6000);
  }

  dismissToast(): void {
    this.toast = null;
  }
}

/** The presentation every view of this window reads. */
export const presentation = new Presentation();
