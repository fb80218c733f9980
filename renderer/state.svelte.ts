// Presentation state, in one place: the loaded briefing or its problems, the language, the view and the place.
import type { Briefing, Lang } from '../main/model/schema';
import type { LoadResult, PackSource } from '../main/model/contract';
import type { Problem } from '../main/model/problems';
import {
  briefingProgress,
  nextPlace,
  placeOfNumber,
  positionInTopic,
  previousPlace,
  topicEnd,
  topicStart,
  type Place,
} from './flow';
import type { KeyAction } from './keyboard';

export type Loading =
  | { status: 'loading' }
  | { status: 'loaded'; briefing: Briefing; source: PackSource; warnings: Problem[] }
  | { status: 'invalid'; source: PackSource; errors: Problem[]; warnings: Problem[] }
  | { status: 'failed'; message: string };

export interface Toast {
  id: number;
  text: string;
  kind: 'info' | 'error';
}

class Presentation {
  loading = $state<Loading>({ status: 'loading' });
  lang = $state<Lang>('en');
  view = $state<'agenda' | 'slide'>('agenda');
  place = $state<Place>({ topic: 0, slide: 0 });
  /** Digits typed toward a jump, shown so the presenter sees what they typed. */
  typed = $state('');
  toast = $state<Toast | null>(null);
  /** The briefing that was on screen before an invalid pack was opened; the main side keeps it too. */
  lastGood = $state<Extract<Loading, { status: 'loaded' }> | null>(null);

  briefing = $derived(this.loading.status === 'loaded' ? this.loading.briefing : null);
  languages = $derived<Lang[]>(this.briefing ? this.briefing.meta.languages : ['en', 'es']);
  topic = $derived(this.briefing?.topics[this.place.topic] ?? null);
  slide = $derived(this.topic?.slides[this.place.slide] ?? null);
  position = $derived(this.briefing ? positionInTopic(this.briefing, this.place) : { n: null, m: 0 });
  progress = $derived(this.briefing ? briefingProgress(this.briefing, this.place) : 0);

  /**
   * Takes a load result from the main side; a cancelled open keeps what is shown. With `keepPlace` (a reload of
   * the same pack after an edit) the presenter stays where they were when that slide still exists.
   */
  receive(result: LoadResult, { keepPlace = false }: { keepPlace?: boolean } = {}): void {
    if (result.status === 'cancelled') return;
    if (result.status === 'invalid') {
      if (this.loading.status === 'loaded') this.lastGood = this.loading;
      this.loading = { status: 'invalid', source: result.source, errors: result.errors, warnings: result.warnings };
      return;
    }
    this.lastGood = null;
    this.loading = { status: 'loaded', briefing: result.briefing, source: result.source, warnings: result.warnings };
    const offered = result.briefing.meta.languages;
    if (!offered.includes(this.lang)) this.lang = offered[0] ?? 'en';
    if (keepPlace && result.briefing.topics[this.place.topic]?.slides[this.place.slide]) return;
    this.view = 'agenda';
    this.place = { topic: 0, slide: 0 };
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
    if (!this.briefing?.topics[topic]) return;
    this.place = topicStart(this.briefing, topic);
    this.view = 'slide';
  }

  showAgenda(): void {
    this.view = 'agenda';
  }

  next(): void {
    if (!this.briefing) return;
    if (this.view === 'agenda') return this.openTopic(this.place.topic);
    const to = nextPlace(this.briefing, this.place);
    if (to) this.place = to;
  }

  previous(): void {
    if (!this.briefing || this.view === 'agenda') return;
    const to = previousPlace(this.briefing, this.place);
    if (to) this.place = to;
  }

  first(): void {
    if (this.briefing && this.view === 'slide') this.place = topicStart(this.briefing, this.place.topic);
  }

  last(): void {
    if (this.briefing && this.view === 'slide') this.place = topicEnd(this.briefing, this.place.topic);
  }

  /** Slide n of the current topic (in the agenda: opens topic n). */
  jump(n: number): void {
    if (!this.briefing) return;
    if (this.view === 'agenda') return this.openTopic(n - 1);
    const to = placeOfNumber(this.briefing, this.place.topic, n);
    if (to) this.place = to;
  }

  /** Switches to the next language the briefing offers; the place is kept. */
  toggleLanguage(): void {
    const langs = this.languages;
    const i = langs.indexOf(this.lang);
    this.lang = langs[(i + 1) % langs.length] ?? this.lang;
  }

  setLanguage(lang: Lang): void {
    this.lang = lang;
  }

  act(action: KeyAction): void {
    this.typed = action.kind === 'typing' ? action.digits : '';
    switch (action.kind) {
      case 'next': return this.next();
      case 'previous': return this.previous();
      case 'first': return this.first();
      case 'last': return this.last();
      case 'jump': return this.jump(action.n);
      case 'agenda': return this.showAgenda();
      case 'toggle-language': return this.toggleLanguage();
      case 'typing': return;
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

/** The presentation both views read. */
export const presentation = new Presentation();
