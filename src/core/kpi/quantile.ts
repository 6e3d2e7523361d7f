/**
 * The p-quantile of ascending values by numpy's default method ("linear", type 7 of Hyndman and
 * Fan): h = (n − 1)·p, then x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]). Null for no values.
 */
export function quantile(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * p;
  const below = Math.floor(h);
  const low = sorted[below] as number;
  if (below + 1 >= n) return low;
  return low + (h - below) * ((sorted[below + 1] as number) - low);
}

/** Values counted by how often each occurs: `values` ascending and distinct, `counts` beside them. */
export interface CountedValues {
  values: ArrayLike<number>;
  counts: ArrayLike<number>;
}

/** quantile() of the values as if each were repeated its count's times. */
export function quantileOfCounted({ values, counts }: CountedValues, p: number): number | null {
  let n = 0;
  for (let index = 0; index < counts.length; index++) n += counts[index] as number;
  if (n === 0) return null;
  const h = (n - 1) * p;
  const below = Math.floor(h);
  const low = valueAtRank(values, counts, below);
  if (below + 1 >= n) return low;
  return low + (h - below) * (valueAtRank(values, counts, below + 1) - low);
}

/** The value at 0-based rank `rank` of the counted values in ascending order. */
function valueAtRank(values: ArrayLike<number>, counts: ArrayLike<number>, rank: number): number {
  let seen = 0;
  for (let index = 0; index < values.length; index++) {
    seen += counts[index] as number;
    if (rank < seen) return values[index] as number;
  }
  return values[values.length - 1] as number;
}

/** Several counted lists as one. */
export function mergeCounted(lists: readonly CountedValues[]): CountedValues {
  if (lists.length === 1) return lists[0] as CountedValues;
  const byValue = new Map<number, number>();
  for (const { values, counts } of lists) {
    for (let index = 0; index < values.length; index++) byValue.set(values[index] as number, (byValue.get(values[index] as number) ?? 0) + (counts[index] as number));
  }
  const values = Float64Array.from(byValue.keys()).sort();
  return { values, counts: Float64Array.from(values, (value) => byValue.get(value) as number) };
}
