import type { CallSpan } from '../../db/kpi/call-span.js';
import type { DataAttention } from './call-report.js';
import { isoInstant, type PeriodCoverage } from './coverage.js';

/**
 * Silence is not success: a period without calls, or a store whose newest call is older than
 * `staleAfterHours`, more likely means a broken import than a quiet phone, so it needs a look.
 */
export function dataAttention(store: CallSpan | null, period: PeriodCoverage, now: number, staleAfterHours: number): DataAttention[] {
  const newest = store === null ? null : isoInstant(store.last);
  const attention: DataAttention[] = [];
  if (period.first_call === null) attention.push({ kind: 'no-calls', newest_call: newest });
  if (store === null) return attention;
  const hoursSince = (now - store.last) / 3600;
  if (hoursSince > staleAfterHours) attention.push({ kind: 'stale', newest_call: newest, hours_since: hoursSince });
  return attention;
}
