/** Answered calls with a known customer (`base`), and those whose customer called again within the window (`repeats`). */
export interface RepeatCounts {
  base: number;
  repeats: number;
}

/** W is set in hours, arrivals are stored in seconds; a later call counts when it arrives in (0, W] after. */
export function repeatWindowSeconds(repeatWindowH: number): number {
  return repeatWindowH * 3600;
}

export function repeatRate(counts: RepeatCounts): number | null {
  return counts.base === 0 ? null : counts.repeats / counts.base;
}
