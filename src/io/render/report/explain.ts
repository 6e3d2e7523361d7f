import { CALL_KPIS } from '../../../core/kpi/catalogue.js';
import type { CallReport } from '../../../core/report/call-report.js';

/** What `--explain` adds: each KPI's definition and the parameters it was computed with. */
export function renderExplain(report: CallReport, style: 'text' | 'md'): string {
  const { sl_threshold_s: t, short_abandon_s: s, repeat_window_h: w } = report.params;
  const parameters = `T = ${t} s (service-level threshold), S = ${s} s (short-abandon threshold), W = ${w} h (repeat window); a call counts in the day and hour of its arrival in ${report.period.timezone}.`;
  if (style === 'md') {
    return `\n**Definitions**\n\n${CALL_KPIS.map(({ key, explain }) => `- \`${key}\`: ${explain}`).join('\n')}\n\n${parameters}\n`;
  }
  const width = Math.max(...CALL_KPIS.map(({ key }) => key.length));
  return `\nDefinitions\n${CALL_KPIS.map(({ key, explain }) => `  ${key.padEnd(width)}  ${explain}`).join('\n')}\n\n${parameters}\n`;
}
