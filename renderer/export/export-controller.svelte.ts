// What the Export dialog does, without its markup: keeps the choices, asks the main side for the live page count as
// they change, runs the export through its phases (choose → exporting → done or failed) with its progress and
// cancel, and opens what it wrote. Given the API object, so a unit test drives it with its own.
import { untrack } from 'svelte';
import type { Briefing, Lang } from '../../main/model/schema';
import type { PuenteApi } from '../../main/model/contract';
import type { ExportOptionsInput } from '../../main/model/export-options';
import { formatProblem } from '../../main/model/problems';
import { pageCount, slideCount, t } from '../i18n';
import { exportRequest, newExportId, type ExportChoice } from './export-choices';

/** The calls the dialog makes: `window.puente` in the app. */
export type ExportApi = Pick<PuenteApi, 'planExport' | 'exportPdf' | 'cancelExport' | 'revealExport' | 'onExportProgress'>;

/** Where the dialog is: choosing (with a note after a cancelled export), exporting, done, or failed. */
export type ExportPhase =
  | { kind: 'choose'; note?: string }
  | { kind: 'exporting'; id: string; done: number; total: number; started: boolean; cancelling: boolean }
  | { kind: 'done'; path: string; pages: number; warnings: string[]; problem?: string }
  | { kind: 'failed'; message: string };

/** The live page count: being counted (with the last count, shown dimmed), counted, or why it cannot be. */
export type ExportPlan = { kind: 'counting'; last: number | null } | { kind: 'pages'; n: number } | { kind: 'problem'; message: string };

/** The choices the dialog carries over to the next export in this session. */
export type RememberedChoice = Partial<Pick<ExportChoice, 'format' | 'layout' | 'backup' | 'notes' | 'paper'>>;

export interface ExportContext {
  /** The pack being exported (read on each use: a reload while the dialog is open is followed). */
  pack(): Briefing;
  /** The language the dialog speaks. */
  lang(): Lang;
  /** Keeps the choices an export was made with, for the next opening. */
  remember(choice: RememberedChoice): void;
  /** How long the choices must settle before the count is asked, in milliseconds; 150 when absent. */
  planDelayMs?: number;
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

export class ExportController {
  private readonly api: ExportApi;
  private readonly context: ExportContext;
  private planSeq = 0;
  private offProgress: (() => void) | null = null;

  choice: ExportChoice = $state() as ExportChoice;
  phase = $state<ExportPhase>({ kind: 'choose' });
  plan = $state<ExportPlan>({ kind: 'counting', last: null });

  /** The request the choices make, as the main side receives it. */
  request = $derived.by(() => exportRequest(this.choice, this.context.pack()));
  /** The page (or slide) count to show: the count, else the last one while counting, else null. */
  pages = $derived(this.plan.kind === 'pages' ? this.plan.n : this.plan.kind === 'counting' ? this.plan.last : null);
  /** How far the export is, 0–100. */
  percent = $derived(this.phase.kind === 'exporting' && this.phase.total > 0 ? Math.round((this.phase.done / this.phase.total) * 100) : 0);

  /** `initial`: where the choices start (`initialChoice`). */
  constructor(api: ExportApi, initial: ExportChoice, context: ExportContext) {
    this.api = api;
    this.context = context;
    this.choice = initial;
  }

  /**
   * Keeps the page count live: asks the planner a moment after the choices settle; a late answer for older choices
   * is dropped. Returns the function that stops it.
   */
  watchPlan(): () => void {
    return $effect.root(() => {
      $effect(() => this.replan(this.request, this.context.lang()));
    });
  }

  private replan(asked: ExportOptionsInput, lang: Lang): (() => void) | void {
    const seq = ++this.planSeq;
    if (asked.topics?.length === 0) {
      this.plan = { kind: 'problem', message: t('exportNoTopics', lang) };
      return;
    }
    const before = untrack(() => this.plan);
    this.plan = { kind: 'counting', last: before.kind === 'pages' ? before.n : before.kind === 'counting' ? before.last : null };
    const timer = setTimeout(() => {
      this.api.planExport(asked).then(
        (r) => {
          if (seq === this.planSeq) this.plan = r.status === 'planned' ? { kind: 'pages', n: r.pages } : { kind: 'problem', message: r.message };
        },
        (err: unknown) => {
          if (seq === this.planSeq) this.plan = { kind: 'problem', message: messageOf(err) };
        },
      );
    }, this.context.planDelayMs ?? 150);
    return () => clearTimeout(timer);
  }

  /** Runs the export the choices make; resolves once it is done, failed or cancelled (the phase says which). */
  async start(): Promise<void> {
    if (this.phase.kind !== 'choose' || this.plan.kind === 'problem') return;
    const { format, layout, backup, notes, paper } = this.choice;
    this.context.remember({ format, layout, backup, notes, paper });
    const id = newExportId();
    this.phase = { kind: 'exporting', id, done: 0, total: this.pages ?? 0, started: false, cancelling: false };
    this.offProgress = this.api.onExportProgress((p) => {
      if (this.phase.kind === 'exporting' && p.id === id) this.phase = { ...this.phase, done: p.done, total: p.total, started: true };
    });
    try {
      const r = await this.api.exportPdf({ ...this.request, id });
      if (r.status === 'exported') this.phase = { kind: 'done', path: r.path, pages: r.pages, warnings: r.warnings.map(formatProblem) };
      else if (r.status === 'failed') this.phase = { kind: 'failed', message: r.message };
      // Cancelled before a page was drawn (the save dialog, say) needs no word; after, the briefer is told no file was written.
      else this.phase = { kind: 'choose', note: this.phase.kind === 'exporting' && this.phase.started ? t('exportCancelled', this.context.lang()) : undefined };
    } catch (err) {
      this.phase = { kind: 'failed', message: messageOf(err) };
    } finally {
      this.offProgress?.();
      this.offProgress = null;
    }
  }

  /** Asks the running export to stop; the phase moves on when the main side answers. */
  cancel(): void {
    if (this.phase.kind !== 'exporting' || this.phase.cancelling) return;
    this.phase = { ...this.phase, cancelling: true };
    void this.api.cancelExport({ id: this.phase.id });
  }

  /** Opens the exported file, or shows it in its folder; a refusal is shown on the done screen. */
  async reveal(action: 'open' | 'folder'): Promise<void> {
    if (this.phase.kind !== 'done') return;
    const r = await this.api.revealExport({ action, path: this.phase.path });
    if (this.phase.kind === 'done') this.phase = { ...this.phase, problem: r.status === 'failed' ? r.message : undefined };
  }

  /** `n` pages of a PDF, or `n` slides of a deck, in the dialog's language. */
  countText(n: number): string {
    const lang = this.context.lang();
    return this.choice.format === 'pdf' ? pageCount(n, lang) : slideCount(n, lang);
  }

  /** Back to the choices (another export, or after a failure). */
  chooseAgain(): void {
    this.phase = { kind: 'choose' };
  }

  /** The dialog is going away: an export still running is cancelled, not left running unseen. */
  dispose(): void {
    if (this.phase.kind === 'exporting') void this.api.cancelExport({ id: this.phase.id });
    this.offProgress?.();
    this.offProgress = null;
  }
}
