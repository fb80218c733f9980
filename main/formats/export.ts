// Export in any format: sends the request to the PDF, PowerPoint or HTML exporter by its `format` (default pdf),
// so the CLI, the app's handler and its worker thread call one function.
import type { Briefing } from '../model/schema';
import { ExportFormat, type ExportOptionsInput } from '../model/export-options';
import { exportPdf, planExport, prepareFonts, ExportError, type ExportControl, type ExportPdfOptions, type Exported } from '../pdf/export';
import { exportPptx, planPptx } from '../pptx/export';
import { exportHtml, planHtml } from '../html/export';
import { overwritesPackInput } from '../briefing/pack-inputs';

export type ExportAnyOptions = ExportPdfOptions & {
  /** The pack's name, shown by the HTML deck. */
  name?: string;
};

function formatOf(o: ExportOptionsInput, what: string): ExportFormat {
  const parsed = ExportFormat.default('pdf').safeParse(o.format);
  if (!parsed.success) throw new ExportError(what, `Cannot export ${what}: format must be one of ${ExportFormat.options.join(', ')}`);
  return parsed.data;
}

/** Writes the export in its format; resolves and rejects as exportPdf does (ExportError naming the path). */
export async function exportBriefing(briefing: Briefing, input: ExportAnyOptions, control: ExportControl = {}): Promise<Exported> {
  const { name, refuseCuts, ...rest } = input;
  const format = formatOf(input, input.outPath);
  if (format !== 'pdf') {
    // exportPdf checks this itself (the CLI calls it directly); the deck exporters are guarded here.
    const clash = await overwritesPackInput(input.outPath, briefing, input.packDir);
    if (clash) throw new ExportError(input.outPath, `Cannot export: ${clash}`);
  }
  switch (format) {
    case 'pdf': return exportPdf(briefing, { ...rest, refuseCuts }, control);
    case 'pptx': return exportPptx(briefing, rest, control);
    case 'html': return exportHtml(briefing, { ...rest, ...(name !== undefined ? { name } : {}) }, control);
  }
}

/** Pages (PDF) or slides (decks) the export will have, for the Export dialog; throws ExportError. */
export async function planBriefingExport(briefing: Briefing, opts: ExportOptionsInput): Promise<{ pages: number }> {
  switch (formatOf(opts, 'this briefing')) {
    case 'pdf':
      await prepareFonts(briefing);
      return planExport(briefing, opts);
    case 'pptx': return planPptx(briefing, opts);
    case 'html': return planHtml(briefing, opts);
  }
}
