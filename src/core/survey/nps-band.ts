/** The NPS bands: detractor 0–6, passive 7–8, promoter 9–10. */
export const NPS_BANDS = ['detractor', 'passive', 'promoter'] as const;
export type NpsBand = (typeof NPS_BANDS)[number];
