import type { Store } from '../../../db/open.js';
import { callKpiDefinition, type CallKpiKey } from '../../kpi/catalogue.js';
import { buildCallReport } from '../../report/build.js';
import type { CallReport } from '../../report/call-report.js';
import type { Period } from '../../time/period.js';
import type { Evidence, EvidenceWindow } from './evidence.js';
import { quoted } from './format.js';
import { KPI_NAMES } from './targets.js';

/** KPIs whose direction is plain, and which way is better. */
const TRENDS: [CallKpiKey, 'higher' | 'lower'][] = [
  ['service_level', 'higher'],
  ['abandon_rate', 'lower'],
  ['asa_s', 'lower'],
  ['repeat_rate', 'lower'],
  ['fcr_rate', 'higher'],
  ['csat_avg', 'higher'],
];

/** A change this large, relative to the previous period, is a trend worth a proposal. */
const TREND_SHARE = 0.1;
const VOLUME_RISE = 0.2;

/** The call KPIs against the previous period: one getting worse → a threat; rising volume → a threat. */
export function callTrendEvidence(db: Store, period: Period, window: EvidenceWindow): Evidence[] {
  const report = buildCallReport(db, { period, compare: true, now: new Date(window.now * 1000) });
  const current = report.totals;
  const previous = report.previous;
  if (!current.offered) return [];
  const evidence: Evidence[] = [];
  const before = previous?.offered ?? null;
  const comparable = report.comparable === true;
  const partly = comparable ? '' : `, ${partialCoverage(report)}: no trend drawn`;
  const volume: Evidence = { key: 'calls-volume', source: 'calls', finding: `${current.offered} calls offered (previous period: ${before ?? 0}${partly})` };
  if (comparable && before && current.offered >= before * (1 + VOLUME_RISE)) {
    const rise = Math.round(((current.offered - before) / before) * 100);
    volume.proposal = { quadrant: 'threat', text: `Call volume is rising (${before} → ${current.offered}, +${rise}%): the same team carries more load`, importance: 3, likelihood: 4 };
  }
  evidence.push(volume);
  for (const [kpi, better] of TRENDS) {
    const now = current[kpi];
    if (now === null) continue;
    const unit = callKpiDefinition(kpi).unit;
    const then = previous?.[kpi] ?? null;
    const provisional = report.provisional.find((entry) => entry.kpi === kpi);
    const seen = provisional === undefined ? '' : `, provisional: ${provisional.seen} of ${provisional.calls} calls have had their whole repeat window`;
    const item: Evidence = { key: `trend-${kpi}`, source: 'calls', finding: `${KPI_NAMES[kpi]}: ${quoted(unit, now)} (previous period: ${quoted(unit, then)}${seen}${partly})` };
    const worse = then !== null && (better === 'higher' ? now < then : now > then);
    if (report.change?.[kpi] !== null && worse && then !== null && Math.abs(now - then) >= TREND_SHARE * Math.abs(then)) {
      item.proposal = { quadrant: 'threat', text: `${capitalised(KPI_NAMES[kpi] as string)} is getting worse (${quoted(unit, then)} → ${quoted(unit, now)})`, importance: 3, likelihood: 3 };
    }
    evidence.push(item);
  }
  return evidence;
}

/** Which period the store's calls do not wholly cover, in a finding's words. */
function partialCoverage(report: CallReport): string {
  const { store, period, previous } = report.coverage;
  const which = !period.complete ? 'this period' : previous !== null && !previous.complete ? 'the previous period' : 'a period';
  const span = store.first_call === null || store.last_call === null ? 'the store has no calls' : `the store's calls run from ${store.first_call.slice(0, 10)} to ${store.last_call.slice(0, 10)}`;
  return `${which} only partly covered (${span})`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
