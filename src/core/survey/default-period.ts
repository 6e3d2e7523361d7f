import { resolvePeriod, type Period, type PeriodOptions } from '../time/period.js';
import type { Weekday } from '../time/calendar.js';

/** Answers are looked at soon after they are given: with no period asked, the last 30 days including today. */
export const SURVEY_DEFAULT_DAYS = 30;

export function surveyPeriod(options: PeriodOptions, today: number, weekStart: Weekday): Period {
  const asked = options.daily || options.weekly || options.monthly || options.from !== undefined || options.to !== undefined;
  if (asked) return resolvePeriod(options, today, weekStart);
  return { fromDay: today - (SURVEY_DEFAULT_DAYS - 1), toDay: today, kind: 'custom' };
}
