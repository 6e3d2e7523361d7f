import type { Surge } from '../../core/complaints/surge.js';
import type { Format, Tabular } from './index.js';

export function surgeRows(surges: readonly Surge[], format: Format): Tabular {
  const forPeople = format === 'table' || format === 'md';
  return {
    columns: [
      { key: 'category', header: 'category' },
      { key: 'last_7_days', header: 'last 7 days', align: 'right' },
      { key: 'weekly_mean', header: 'weekly mean before', align: 'right' },
      { key: 'history_weeks', header: 'weeks compared', align: 'right' },
      { key: 'p_value', header: 'P(X >= k)', align: 'right' },
    ],
    rows: surges.map((surge) => ({
      category: surge.category,
      last_7_days: surge.lastWeek,
      weekly_mean: forPeople ? surge.weeklyMean.toFixed(2) : surge.weeklyMean,
      history_weeks: surge.historyWeeks,
      p_value: forPeople ? surge.pValue.toPrecision(2) : surge.pValue,
    })),
    empty: 'None.',
  };
}
