import { sampleVariance } from './scale-summary.js';

export interface Reliability {
  dimension: string;
  items: string[];
  /** Respondents who answered every item of the dimension (the others are left out). */
  n: number;
  alpha: number | null;
  if_deleted: { item: string; alpha: number | null }[];
}

/**
 * Cronbach's alpha: k/(k−1) · (1 − Σ var(item) / var(total)), one row per respondent and one
 * column per item. Null with fewer than two items or respondents, or when totals do not vary.
 */
export function cronbachAlpha(rows: readonly (readonly number[])[]): number | null {
  const k = rows[0]?.length ?? 0;
  if (k < 2 || rows.length < 2) return null;
  let itemVariances = 0;
  for (let column = 0; column < k; column++) itemVariances += sampleVariance(rows.map((row) => row[column] as number)) ?? 0;
  const totalVariance = sampleVariance(rows.map((row) => row.reduce((sum, value) => sum + value, 0)));
  if (totalVariance === null || totalVariance === 0) return null;
  return (k / (k - 1)) * (1 - itemVariances / totalVariance);
}

/** Alpha of the dimension, and of the dimension without each item in turn. */
export function reliability(dimension: string, items: readonly string[], rows: readonly (readonly number[])[]): Reliability {
  return {
    dimension,
    items: [...items],
    n: rows.length,
    alpha: cronbachAlpha(rows),
    if_deleted: items.map((item, column) => ({ item, alpha: cronbachAlpha(rows.map((row) => row.filter((_, index) => index !== column))) })),
  };
}
