import type { Store } from '../../db/open.js';
import { distinctCustomers, distinctCustomersByDays } from '../../db/kpi/customers.js';
import { groupKeyRule, groupKeySql, hourRange, periodsKeyRule, type GroupKeyRule, type HourRange } from '../../db/kpi/grouping.js';
import { rollupSums } from '../../db/kpi/sums.js';
import { repeatsSeen, type RepeatHorizon } from '../../db/kpi/repeats-seen.js';
import { answeredWaits } from '../../db/kpi/waits.js';
import type { CallKpis } from '../kpi/catalogue.js';
import { addCallSums, emptyCallSums, type CallSums } from '../kpi/sums.js';
import { callKpis } from '../kpi/values.js';
import { mergeCounted, type CountedValues } from '../kpi/quantile.js';
import type { Settings } from '../settings.js';
import type { Period } from '../time/period.js';
import type { Dimension, GroupKey } from './dimension.js';
import { provisionalKpis, type ProvisionalKpi } from './provisional.js';

const NO_WAITS: CountedValues = { values: [], counts: [] };

/**
 * `additive`: only what the rollups hold, for charts of counts and rates; the wait quantiles
 * (null) and distinct customers (0) are left out. `people`: what the tables for people show:
 * everything for the totals, and for groups everything but what no grouped table shows, so it
 * is not read: the wait quantiles of groups that are not runs of days (null), and their distinct
 * customers (0), the one part that reads the period's calls.
 */
export type MeasuredParts = 'all' | 'people' | 'additive';

export interface MeasuredCalls {
  totals: CallKpis;
  /** One entry per group that has calls; without a dimension, the one group of all calls. */
  groups: Map<GroupKey, CallKpis>;
  /** The KPIs of the totals, and of each group, that are provisional (none when all is seen). */
  provisional: ProvisionalKpi[];
  groupsProvisional: Map<GroupKey, ProvisionalKpi[]>;
}

interface MeasuredGroups {
  sums: Map<GroupKey, CallSums>;
  customers: Map<GroupKey, number>;
  waits: Map<GroupKey, CountedValues>;
  seen: Map<GroupKey, number>;
  groups: Map<GroupKey, CallKpis>;
  groupsProvisional: Map<GroupKey, ProvisionalKpi[]>;
}

/**
 * Each group's KPIs over an hour range. Additive parts come from hourly_rollup; repeat contacts
 * too, counted at import; quantiles from the wait counts kept at import; distinct customers from
 * the customer days, or for groups that are not runs of days (hours, weekdays, agents, queues)
 * from the range's calls through the covering index calls_by_hour. Each is read once for all groups.
 */
function measureGroups(db: Store, range: HourRange, rule: GroupKeyRule, keySql: string, settings: Settings, horizon: RepeatHorizon | null, parts: MeasuredParts): MeasuredGroups {
  const sums = rollupSums(db, range, keySql, rule.sums);
  const additive = parts === 'additive';
  const waits = additive || (parts === 'people' && rule.waits !== 'day') ? new Map<GroupKey, CountedValues>() : answeredWaits(db, range, keySql, rule.waits);
  const customers =
    additive ? new Map<GroupKey, number>()
    : rule.customers === 'days' ? distinctCustomersByDays(db, range, keySql)
    : parts === 'all' ? distinctCustomers(db, range, keySql, settings.short_abandon_s)
    : new Map<GroupKey, number>();
  const seen = repeatsSeen(db, range, keySql, rule.sums, horizon);
  const groups = new Map<GroupKey, CallKpis>();
  const groupsProvisional = new Map<GroupKey, ProvisionalKpi[]>();
  for (const [key, groupSums] of sums) {
    groups.set(key, callKpis({ sums: groupSums, waits: waits.get(key) ?? NO_WAITS, customers: customers.get(key) ?? 0 }));
    groupsProvisional.set(key, provisionalKpis(groupSums, seen.get(key) ?? 0));
  }
  return { sums, customers, waits, seen, groups, groupsProvisional };
}

/**
 * The call KPIs of a period, in total and per group (see measureGroups). The totals are put
 * together from the groups; distinct customers, which do not add up, are counted again for them,
 * and so are the waits when the groups' were not read.
 */
export function measureCalls(db: Store, period: Period, settings: Settings, horizon: RepeatHorizon | null, dimension?: Dimension, parts: MeasuredParts = 'all'): MeasuredCalls {
  const range = hourRange(period);
  const rule = groupKeyRule(dimension);
  const { sums, customers, waits, seen, groups, groupsProvisional } = measureGroups(db, range, rule, rule.sql(settings.week_start), settings, horizon, parts);
  const totalCustomers = dimension === undefined || parts === 'additive' ? (customers.get(0) ?? 0) : (distinctCustomersByDays(db, range, groupKeySql(undefined, settings.week_start)).get(0) ?? 0);
  const totalSums = [...sums.values()].reduce(addCallSums, emptyCallSums());
  const totalWaits = parts === 'additive' ? NO_WAITS : waits.size > 0 ? mergeCounted([...waits.values()]) : (answeredWaits(db, range, groupKeySql(undefined, settings.week_start), 'day').get(0) ?? NO_WAITS);
  const totals = callKpis({ sums: totalSums, waits: totalWaits, customers: totalCustomers });
  const totalSeen = [...seen.values()].reduce((total, count) => total + count, 0);
  return { totals, groups, provisional: provisionalKpis(totalSums, totalSeen), groupsProvisional };
}

/**
 * The totals of consecutive periods, in their order, each read as a group of one pass over
 * their whole span (what eight separate reports would give, in one query per part).
 */
export function measurePeriods(db: Store, periods: readonly Period[], settings: Settings, horizon: RepeatHorizon | null): CallKpis[] {
  if (periods.length === 0) return [];
  const range = hourRange({ fromDay: periods[0]!.fromDay, toDay: periods[periods.length - 1]!.toDay, kind: 'custom' });
  const rule = periodsKeyRule(periods);
  const { groups } = measureGroups(db, range, rule, rule.sql('monday'), settings, horizon, 'all');
  return periods.map((period) => groups.get(period.fromDay) ?? callKpis({ sums: emptyCallSums(), waits: NO_WAITS, customers: 0 }));
}
