import { connection, type Store } from './store.js';

/**
 * The first and last wall-clock day the store holds anything on: calls (from the hourly
 * rollups' key, so no call is read), complaints and survey responses. Null when it holds nothing.
 */
export function dataSpan(store: Store, localDay: (utcSeconds: number) => number): { first: number; last: number } | null {
  const db = connection(store);
  const hours = db.prepare('SELECT min(local_hour) AS first, max(local_hour) AS last FROM hourly_rollup').get() as { first: number | null; last: number | null };
  const instants = db
    .prepare(
      `SELECT min(first) AS first, max(last) AS last FROM (
         SELECT min(received_at) AS first, max(received_at) AS last FROM complaints
         UNION ALL SELECT min(responded_at), max(responded_at) FROM survey_responses)`,
    )
    .get() as { first: number | null; last: number | null };
  const firsts = [hours.first === null ? null : Math.floor(hours.first / 24), instants.first === null ? null : localDay(instants.first)].filter((day): day is number => day !== null);
  const lasts = [hours.last === null ? null : Math.floor(hours.last / 24), instants.last === null ? null : localDay(instants.last)].filter((day): day is number => day !== null);
  if (firsts.length === 0) return null;
  return { first: Math.min(...firsts), last: Math.max(...lasts) };
}
