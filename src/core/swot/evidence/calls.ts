import type { Store } from '../../../db/open.js';
import { callKpiDefinition, type CallKpiKey } from '../../kpi/catalogue.js';
import { buildCallReport } from '../../report/build.js';
import type { CallReport } from '../../report/call-report.js';
import type { Period } from '../../time/period.js';
import type { Evidence, EvidenceWindow } from './evidence.js';
import { capitalised, kpiName, quoted } from './format.js';

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
  const { words } = window;
  const evidence: Evidence[] = [];
  const before = previous?.offered ?? null;
  const comparable = report.comparable === true;
  const partly = comparable ? '' : words.t('evidence.calls.partly', { coverage: partialCoverage(report, window) });
  const volume: Evidence = { key: 'calls-volume', source: 'calls', finding: words.t('evidence.calls.volume', { offered: current.offered, before: before ?? 0, partly }) };
  if (comparable && before && current.offered >= before * (1 + VOLUME_RISE)) {
    const rise = Math.round(((current.offered - before) / before) * 100);
    volume.proposal = { quadrant: 'threat', text: words.t('evidence.calls.rising', { before, now: current.offered, rise }), importance: 3, likelihood: 4 };
  }
  evidence.push(volume);
  for (const [kpi, better] of TRENDS) {
    const now = current[kpi];
    if (now === null) continue;
    const unit = callKpiDefinition(kpi).unit;
    const then = previous?.[kpi] ?? null;
    const provisional = report.provisional.find((entry) => entry.kpi === kpi);
    const seen = provisional === undefined ? '' : words.t('evidence.calls.provisional', { seen: provisional.seen, calls: provisional.calls });
    const name = kpiName(kpi, words);
    const item: Evidence = { key: `trend-${kpi}`, source: 'calls', finding: words.t('evidence.calls.kpi', { name, now: quoted(unit, now, words), then: quoted(unit, then, words), seen, partly }) };
    const worse = then !== null && (better === 'higher' ? now < then : now > then);
    if (report.change?.[kpi] !== null && worse && then !== null && Math.abs(now - then) >= TREND_SHARE * Math.abs(then)) {
      item.proposal = { quadrant: 'threat', text: capitalised(words.t('evidence.calls.worse', { name, then: quoted(unit, then, words), now: quoted(unit, now, words) })), importance: 3, likelihood: 3 };
    }
    evidence.push(item);
  }
  return evidence;
}

/** Which period the store's calls do not wholly cover, in a finding's words. */
function partialCoverage(report: CallReport, { words }: EvidenceWindow): string {
  const { store, period, previous } = report.coverage;
  const which = words.t(!period.complete ? 'evidence.calls.thisPeriod' : previous !== null && !previous.complete ? 'evidence.calls.previousPeriod' : 'evidence.calls.aPeriod');
  const span =
    store.first_call === null || store.last_call === null
      ? words.t('evidence.calls.noCalls')
      : words.t('evidence.calls.span', { from: store.first_call.slice(0, 10), to: store.last_call.slice(0, 10) });
  return words.t('evidence.calls.partlyCovered', { which, span });
}
