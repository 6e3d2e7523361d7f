import { CALL_KPIS, type KpiDefinition, type KpiDirection, type KpiUnit } from '../../../core/kpi/catalogue.js';
import { LEDGER_KPIS } from '../../../core/kpi/ledger-catalogue.js';
import { findTargetKpi } from '../../../core/targets/catalogue.js';

export const KPI_REFERENCE_START = '<!-- KPI reference: generated from the KPI catalogue by `npm run readme`, checked by the tests -->';
export const KPI_REFERENCE_END = '<!-- end of KPI reference -->';

const UNIT: Record<KpiUnit, string> = {
  count: 'count',
  fraction: 'fraction 0–1 (a percent in tables)',
  seconds: 'seconds (m:ss in tables)',
  hours: 'hours',
  score: 'score 1–5',
};

const DIRECTION: Record<KpiDirection, string> = { up: 'higher', down: 'lower', none: 'neither' };

/** The KPI reference (docs/kpis.md): every KPI of the catalogues, so its names, units and definitions never drift from the code. */
export function kpiReference(): string {
  return [
    section('Call KPIs', 'Computed by `svc report` for any period and group; the definition column is what `svc report --explain` prints.', CALL_KPIS),
    section('Ledger KPIs', 'Computed from the commitments and complaints of a period, held against their targets by `svc check` and by SWOT evidence.', LEDGER_KPIS),
  ].join('\n');
}

function section(title: string, intro: string, kpis: readonly KpiDefinition[]): string {
  const rows = kpis.map((kpi) => `| ${kpi.name} | \`${kpi.key}\` | ${UNIT[kpi.unit]} | ${DIRECTION[kpi.direction]} | ${findTargetKpi(kpi.key) ? 'yes' : 'no'} | ${cell(kpi.explain)} |`);
  return `### ${title}\n\n${intro}\n\n| name | key | unit | better | target | definition |\n|---|---|---|---|---|---|\n${rows.join('\n')}\n`;
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|');
}

export function replaceKpiReference(page: string, reference: string): string {
  const start = page.indexOf(KPI_REFERENCE_START);
  const end = page.indexOf(KPI_REFERENCE_END);
  if (start < 0 || end < start) throw new Error('docs/kpis.md has no KPI reference markers');
  return `${page.slice(0, start + KPI_REFERENCE_START.length)}\n\n${reference}\n${page.slice(end)}`;
}
