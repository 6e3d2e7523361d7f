import type { Store } from '../../db/open.js';
import { intervalSums, waitingSums, type IntervalSums } from '../../db/staffing.js';
import type { Settings } from '../settings.js';
import { weekdayOf, WEEKDAYS } from '../time/calendar.js';
import type { Period } from '../time/period.js';
import { Zone } from '../time/zone.js';
import { agentsNeeded } from './agents-needed.js';
import { agentsScheduled, queueModel } from './model.js';
import { estimatePatience, type PatienceEstimate } from './patience.js';
import type { ModelName, Prediction } from './prediction.js';
import { assertTargetFitsModel, thresholdOf, type StaffingTarget } from './target-spec.js';

/** An interval with fewer answered calls than this takes the period's AHT: a handful of calls is no mean. */
export const MIN_ANSWERED_FOR_AHT = 10;
const QUARTERS_PER_DAY = 96;

export interface StaffingRequest {
  period: Period;
  intervalMin: 15 | 30 | 60;
  /** One queue ('' for calls without one); every queue together when undefined. */
  queue?: string;
  target: StaffingTarget;
  /** Where the target came from: the option, the charter, or the default. */
  targetSource: string;
  model: ModelName;
  shrinkage: number | null;
  /** Average each weekday and time over the period's weeks instead of listing every interval. */
  typical: boolean;
}

export interface StaffedInterval {
  /** Wall-clock seconds since 1970-01-01 at the interval's start (a date and time with --typical only a weekday and time). */
  wallStart: number;
  /** With --typical: the weekday, and how many of them the period holds. */
  weekday: (typeof WEEKDAYS)[number] | null;
  days: number;
  offered: number;
  aht_s: number | null;
  /** True when the interval had too few answered calls and the period's AHT stands in. */
  aht_from_period: boolean;
  erlangs: number | null;
  agents_needed: number | null;
  agents_scheduled: number | null;
  /** Distinct agents who answered a call: a lower bound of who was there (a mean over the days with --typical). */
  agents_seen: number;
  achieved: { service_level: number | null; abandon_rate: number | null };
  predicted: Prediction | null;
  /** agents_needed − agents_seen: positive means fewer agents were seen than needed. */
  gap: number | null;
}

export interface StaffingResult {
  period: Period;
  queue: string | null;
  timezone: string;
  interval_min: number;
  model: ModelName;
  target: StaffingTarget;
  targetSource: string;
  shrinkage: number | null;
  /** The patience the model used (the queue's, or all calls' together); null under Erlang C. */
  patience_s: number | null;
  patienceByQueue: PatienceEstimate[];
  /** The threshold T the achieved service level is counted at (the store's setting). */
  achievedThresholdS: number;
  periodAhtS: number | null;
  typical: boolean;
  intervals: StaffedInterval[];
}

/** Staffing per interval of a period from the log: what was needed against who was seen. */
export function staffFromLog(db: Store, settings: Settings, request: StaffingRequest): StaffingResult {
  assertTargetFitsModel(request.target, request.model);
  const quarters = request.intervalMin / 15;
  const fromQuarter = request.period.fromDay * QUARTERS_PER_DAY;
  const toQuarter = (request.period.toDay + 1) * QUARTERS_PER_DAY - 1;
  const sums = intervalSums(db, { fromQuarter, toQuarter, quarters, queue: request.queue });
  const patience = estimatePatience(waitingSums(db, { fromQuarter, toQuarter }));
  const chosen = request.queue === undefined ? patience.pooled : (patience.byQueue.find((row) => row.queue === request.queue) ?? { queue: request.queue, patience_s: null, abandoned: 0 });
  const patienceS = request.model === 'erlang-a' ? chosen.patience_s : null;
  const answered = sums.reduce((sum, row) => sum + row.answered, 0);
  const periodAhtS = answered > 0 ? sums.reduce((sum, row) => sum + row.handleSum, 0) / answered : null;
  const groups = request.typical ? typicalWeek(sums, request.period, quarters, WEEKDAYS.indexOf(settings.week_start)) : everyInterval(sums, request.period, quarters, new Zone(settings.timezone));
  const intervalS = request.intervalMin * 60;
  const thresholdS = thresholdOf(request.target, settings.sl_threshold_s);
  const intervals = groups.map((group): StaffedInterval => {
    const offered = (group.sums.answered + group.sums.abandoned - group.sums.shortAbandoned) / group.days;
    const ownAht = group.sums.answered >= MIN_ANSWERED_FOR_AHT ? group.sums.handleSum / group.sums.answered : null;
    const ahtS = ownAht ?? periodAhtS;
    const base = {
      wallStart: group.wallStart,
      weekday: group.weekday,
      days: group.days,
      offered,
      aht_s: offered === 0 && ownAht === null ? null : ahtS,
      aht_from_period: offered > 0 && ownAht === null && ahtS !== null,
      agents_seen: group.sums.agentsSeen / group.days,
      achieved: achieved(group.sums),
    };
    if (offered === 0) return { ...base, erlangs: 0, agents_needed: 0, agents_scheduled: request.shrinkage === null ? null : 0, predicted: null, gap: 0 - base.agents_seen };
    if (ahtS === null || !(ahtS > 0)) return { ...base, erlangs: null, agents_needed: null, agents_scheduled: null, predicted: null, gap: null };
    const model = queueModel(request.model, { arrivalsPerS: offered / intervalS, ahtS, thresholdS }, patienceS);
    const needed = agentsNeeded(model, request.target, 1);
    return {
      ...base,
      erlangs: model.erlangs,
      agents_needed: needed,
      agents_scheduled: request.shrinkage === null ? null : agentsScheduled(needed, request.shrinkage),
      predicted: model.predict(needed),
      gap: needed - base.agents_seen,
    };
  });
  return {
    period: request.period,
    queue: request.queue ?? null,
    timezone: settings.timezone,
    interval_min: request.intervalMin,
    model: request.model,
    target: request.target,
    targetSource: request.targetSource,
    shrinkage: request.shrinkage,
    patience_s: patienceS,
    patienceByQueue: patience.byQueue,
    achievedThresholdS: settings.sl_threshold_s,
    periodAhtS,
    typical: request.typical,
    intervals,
  };
}

function achieved(sums: IntervalSums): StaffedInterval['achieved'] {
  const offered = sums.answered + sums.abandoned - sums.shortAbandoned;
  if (offered === 0) return { service_level: null, abandon_rate: null };
  return { service_level: sums.answeredWithinSl / offered, abandon_rate: (sums.abandoned - sums.shortAbandoned) / offered };
}

interface Group {
  wallStart: number;
  weekday: StaffedInterval['weekday'];
  days: number;
  sums: IntervalSums;
}

const empty = (slot: number): IntervalSums => ({ slot, answered: 0, abandoned: 0, shortAbandoned: 0, answeredWithinSl: 0, handleSum: 0, agentsSeen: 0 });

/** Every interval of the period, in order, those without calls included; none starts in an hour a clock change skips. */
function everyInterval(sums: readonly IntervalSums[], period: Period, quarters: number, zone: Zone): Group[] {
  const bySlot = new Map(sums.map((row) => [row.slot, row]));
  const first = (period.fromDay * QUARTERS_PER_DAY) / quarters;
  const last = ((period.toDay + 1) * QUARTERS_PER_DAY) / quarters - 1;
  const groups: Group[] = [];
  for (let slot = first; slot <= last; slot++) {
    const wallStart = slot * quarters * 900;
    const row = bySlot.get(slot);
    if (row === undefined && zone.wallSeconds(zone.utcFromWall(wallStart)) !== wallStart) continue;
    groups.push({ wallStart, weekday: null, days: 1, sums: row ?? empty(slot) });
  }
  return groups;
}

/**
 * The week as the period's weeks average it: each weekday and time holds the sums of that
 * weekday and time over the period, divided by the number of such days the period has; the
 * week starts on the store's week_start.
 */
function typicalWeek(sums: readonly IntervalSums[], period: Period, quarters: number, firstWeekday: number): Group[] {
  const perDay = QUARTERS_PER_DAY / quarters;
  const days = new Map<number, number>();
  for (let day = period.fromDay; day <= period.toDay; day++) days.set(weekdayOf(day), (days.get(weekdayOf(day)) ?? 0) + 1);
  const totals = new Map<number, IntervalSums>();
  for (const row of sums) {
    const day = Math.floor(row.slot / perDay);
    const key = weekdayOf(day) * perDay + (row.slot - day * perDay);
    const total = totals.get(key) ?? empty(key);
    totals.set(key, {
      slot: key,
      answered: total.answered + row.answered,
      abandoned: total.abandoned + row.abandoned,
      shortAbandoned: total.shortAbandoned + row.shortAbandoned,
      answeredWithinSl: total.answeredWithinSl + row.answeredWithinSl,
      handleSum: total.handleSum + row.handleSum,
      agentsSeen: total.agentsSeen + row.agentsSeen,
    });
  }
  const groups: Group[] = [];
  for (let offset = 0; offset < 7; offset++) {
    const weekday = (firstWeekday + offset) % 7;
    const count = days.get(weekday);
    if (count === undefined) continue;
    for (let index = 0; index < perDay; index++) {
      const key = weekday * perDay + index;
      groups.push({ wallStart: index * quarters * 900, weekday: WEEKDAYS[weekday]!, days: count, sums: totals.get(key) ?? empty(key) });
    }
  }
  return groups;
}
