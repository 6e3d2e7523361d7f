/** `0–10 s`, `10–20 s` … `3–5 min`, `> 5 min`: the buckets of the wait distribution by their edges. */
export function waitBucketLabels(edges: readonly number[]): string[] {
  const minutes = (seconds: number) => seconds >= 120 && seconds % 60 === 0;
  const labels = edges.map((edge, index) => {
    const low = index === 0 ? 0 : edges[index - 1]!;
    return minutes(low) && minutes(edge) ? `${low / 60}–${edge / 60} min` : `${low}–${edge} s`;
  });
  const last = edges.at(-1) ?? 0;
  return [...labels, minutes(last) ? `> ${last / 60} min` : `> ${last} s`];
}

/** Where a wait falls on the row of buckets, in buckets from the left edge: T = 20 s with edges 10, 20 … is 2 (after the second). */
export function thresholdPosition(edges: readonly number[], seconds: number): number {
  const index = edges.findIndex((edge) => seconds <= edge);
  if (index === -1) return edges.length + 0.5;
  const low = index === 0 ? 0 : edges[index - 1]!;
  return index + (seconds - low) / (edges[index]! - low);
}
