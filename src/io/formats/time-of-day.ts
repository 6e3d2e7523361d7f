const TIME_OF_DAY = /^\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp]\.?\s*[Mm]\.?)?$/;
const DAY_S = 86_400;

/** A value such as `8:00:00 AM` or `17:05`: a time of day with no date. */
export function isTimeOfDay(text: string): boolean {
  return TIME_OF_DAY.test(text);
}

/** The date part of a date-and-time text (`2026-03-02 09:00`, `02/03/2026 9:00 PM`, `2026-03-02T09:00`). */
export function datePart(text: string): string {
  return text.trim().split(/[ T]/, 1)[0] ?? '';
}

/**
 * A time of day read on the row's date is an instant; one earlier than the moment it follows
 * (an answer after arrival, an end after the answer) is on the next day: the call crossed midnight.
 */
export function afterMidnight(at: number, follows: number): number {
  // A day is added as 86,400 s: off by the hour on the night the clocks change, as the file's times would be.
  return at < follows ? at + DAY_S : at;
}
