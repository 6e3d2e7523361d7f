import type { SumCondition, SumDeclaration, SumField } from '../core/kpi/sums.js';

/**
 * The SQL side of the declared sums (CALL_SUMS in src/core/kpi/sums.ts): how each condition
 * and field reads on the calls table, and from that the expressions that recount a rollup from
 * calls, merge new sums into stored ones and add stored ones up. Parameters: :sl (T), :short (S)
 * and :window (W in seconds).
 */
const CONDITION_SQL: Record<SumCondition, string> = {
  answered: "outcome = 'answered'",
  abandoned: "outcome = 'abandoned'",
  waitKnown: 'wait_s IS NOT NULL',
  waitWithinT: 'wait_s <= :sl',
  waitBelowS: 'wait_s < :short',
  waitAtLeastS: 'wait_s >= :short',
  talkKnown: 'talk_s IS NOT NULL',
  holdKnown: 'hold_s IS NOT NULL',
  resolvedKnown: 'resolved IS NOT NULL',
  resolved: 'resolved = 1',
  csatKnown: 'csat IS NOT NULL',
  csatTop2: 'csat >= 4',
  customerKnown: 'customer IS NOT NULL',
  repeat: 'next_arrival_at - arrival_at <= :window',
};

const FIELD_SQL: Record<SumField, string> = {
  wait: 'wait_s',
  talk: 'talk_s',
  hold: 'hold_s',
  handle: 'coalesce(talk_s, 0) + coalesce(hold_s, 0) + coalesce(wrap_s, 0)',
  csat: 'csat',
};

/** The sum recounted from the calls of a GROUP BY. */
export function aggregateSql(sum: SumDeclaration): string {
  const when = sum.when.map((condition) => CONDITION_SQL[condition]).join(' AND ');
  const value = sum.take === 'count' ? '1' : FIELD_SQL[sum.field!];
  const operand = when === '' ? value : `CASE WHEN ${when} THEN ${value} END`;
  return sum.take === 'count' ? `count(${operand})` : sum.take === 'sum' ? `total(${operand})` : `max(${operand})`;
}

/** The stored value updated with `excluded`'s in an upsert. */
export function mergeSql({ column, take }: SumDeclaration): string {
  if (take !== 'max') return `${column} = ${column} + excluded.${column}`;
  return `${column} = CASE WHEN ${column} IS NULL THEN excluded.${column} WHEN excluded.${column} IS NULL THEN ${column} ELSE max(${column}, excluded.${column}) END`;
}

/** The stored rows added up, named by the sum's key. */
export function totalSql({ key, column, take }: SumDeclaration): string {
  return `${take === 'max' ? 'max' : 'sum'}(${column}) AS ${key}`;
}
