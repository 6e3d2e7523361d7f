import type { CallReport } from '../../../core/report/call-report.js';
import { renderCsv } from '../csv.js';
import type { Format } from '../index.js';
import { renderJson } from '../json.js';
import { renderMarkdown } from '../markdown.js';
import { coverageLines, coverageNotes } from './coverage-lines.js';
import { renderExplain } from './explain.js';
import { parameterLine, periodHeading } from './labels.js';
import { reportRows } from './rows.js';
import { renderReportTable, type ReportTableOptions } from './table.js';

export interface ReportView extends ReportTableOptions {
  explain: boolean;
}

/** The report in one format: `out` for stdout (data only), `err` for what must not mix with data. */
export function renderCallReport(report: CallReport, format: Format, view: ReportView): { out: string; err: string } {
  const explainText = view.explain ? renderExplain(report, format === 'md' ? 'md' : 'text') : '';
  switch (format) {
    case 'json':
      return { out: renderJson(report), err: explainText };
    case 'csv':
      return { out: renderCsv(reportRows(report, { ...view, formatted: false })), err: coverageNotes(report).map((note) => `${note}\n`).join('') + explainText };
    case 'md': {
      const caption = `**${periodHeading(report.period, view.previousPeriod)}**  \n${parameterLine(report.params)}\n\n`;
      const data = `\n${coverageLines(report).join('  \n')}\n`;
      return { out: caption + renderMarkdown(reportRows(report, { ...view, formatted: true })) + data + explainText, err: '' };
    }
    case 'table':
      return { out: renderReportTable(report, view) + explainText, err: '' };
  }
}
