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
