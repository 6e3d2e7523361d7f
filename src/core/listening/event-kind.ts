/** The kinds of exceptional event. */
export const EVENT_KINDS = ['outage', 'staffing', 'system', 'weather', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
