/**
 * The call events as customer_call_events and customer_event_months store them (migration 015):
 * a small integer each, numbered in the names' alphabetical order, so ordering by code is
 * ordering by name, the order "the latest" breaks a tie of one instant with.
 */
export const CALL_EVENT_NAMES = ['abandoned_unanswered', 'long_wait', 'repeat', 'survey_dissatisfied', 'survey_satisfied'] as const;

export type CallEventName = (typeof CALL_EVENT_NAMES)[number];

export const EVENT_CODE: Readonly<Record<CallEventName, number>> = {
  abandoned_unanswered: 0,
  long_wait: 1,
  repeat: 2,
  survey_dissatisfied: 3,
  survey_satisfied: 4,
};

/** The name of a stored code. */
export function eventName(code: number): CallEventName {
  const name = CALL_EVENT_NAMES[code];
  if (name === undefined) throw new Error(`no call event has the code ${code}`);
  return name;
}

/** The bad experiences (abandoned unanswered, repeat, dissatisfied csat) and the csat signals, as SQL lists of codes. */
export const BAD_CODES = `(${EVENT_CODE.abandoned_unanswered}, ${EVENT_CODE.repeat}, ${EVENT_CODE.survey_dissatisfied})`;
export const SIGNAL_CODES = `(${EVENT_CODE.survey_dissatisfied}, ${EVENT_CODE.survey_satisfied})`;

/**
 * An event's instant and code packed into one number (instant × 8 + code), in the order of
 * instant then event name: one numeric max() finds a latest without building a text per row.
 */
export const PACKED = (at: string, event: string) => `(${at} * 8 + ${event})`;

/** The instant and event of a PACKED number. */
export function unpack(packed: number): { at: number; event: CallEventName } {
  return { at: Math.floor(packed / 8), event: eventName(packed % 8) };
}
