import type { Store } from '../../db/open.js';
import { instrumentsAnswered, responsesBetween, type StoredResponse } from '../../db/surveys.js';
import { periodWindow } from '../ledger/window.js';
import { monthOf } from '../time/calendar.js';
import { describePeriod, previousPeriod, type Period } from '../time/period.js';
import type { Zone } from '../time/zone.js';
import type { Reliability } from './alpha.js';
import { findInstrument } from './find.js';
import type { Instrument, InstrumentKind } from './instrument.js';
import { localText } from './lang.js';
import { measureChange, type Measures } from './measures.js';
import { reliabilities, reliabilityWarnings, summarise, type Summary } from './summary.js';
import { SURVEY_BREAKDOWNS, type SurveyBreakdown } from './breakdown.js';

export { SURVEY_BREAKDOWNS, type SurveyBreakdown };

export interface SurveyReportOptions {
  period: Period;
  zone: Zone;
  compare: boolean;
  by?: SurveyBreakdown;
  /** One instrument; all with responses in the period when omitted. */
  instrument?: string;
}

export interface Breakdown {
  by: SurveyBreakdown;
  /** key null: responses to calls with no agent (or queue). */
  groups: { key: string | null; summary: Summary }[];
}

export interface InstrumentReport {
  instrument: string;
  kind: InstrumentKind;
  title: string;
  /** The answer scale of a one-question instrument (CSAT, NPS, CES). */
  scale: { min: number; max: number } | null;
  overall: Summary;
  previous: Summary | null;
  /** overall − previous for each score (see measureChange); null without --compare. */
  change: Measures | null;
  breakdowns: Breakdown[];
  reliability: Reliability[];
  warnings: string[];
}

export interface SurveyReport {
  period: { from: string; to: string; timezone: string };
  previous_period: { from: string; to: string } | null;
  instruments: InstrumentReport[];
}

export function buildSurveyReport(db: Store, options: SurveyReportOptions): SurveyReport {
  const { from: fromAt, to: toAt } = periodWindow(options.period, options.zone);
  const before = options.compare ? previousPeriod(options.period) : null;
  const ids = options.instrument !== undefined ? [findInstrument(db, options.instrument).id] : instrumentsAnswered(db, fromAt, toAt);
  const instruments = ids.map((id) => {
    const instrument = findInstrument(db, id);
    const responses = responsesBetween(db, id, fromAt, toAt);
    const earlierWindow = before && periodWindow(before, options.zone);
    const earlier = earlierWindow ? responsesBetween(db, id, earlierWindow.from, earlierWindow.to) : null;
    return instrumentReport(instrument, responses, earlier, options);
  });
  return {
    period: { ...describePeriod(options.period), timezone: options.zone.name },
    previous_period: before ? describePeriod(before) : null,
    instruments,
  };
}

function instrumentReport(instrument: Instrument, responses: StoredResponse[], earlier: StoredResponse[] | null, options: SurveyReportOptions): InstrumentReport {
  const answers = responses.map((response) => response.answers);
  const reliability = reliabilities(instrument, answers);
  const overall = summarise(instrument, answers);
  const previous = earlier ? summarise(instrument, earlier.map((response) => response.answers)) : null;
  const single = instrument.kind === 'custom' || instrument.kind === 'servqual' ? undefined : instrument.items[0];
  return {
    instrument: instrument.id,
    kind: instrument.kind,
    title: localText(instrument.title, 'en'),
    scale: single ? { min: single.scale.min, max: single.scale.max } : null,
    overall,
    previous,
    change: previous ? measureChange(overall, previous) : null,
    breakdowns: breakdownsFor(options.by, responses).map((by) => breakdown(instrument, responses, by, options.zone)),
    reliability,
    warnings: reliabilityWarnings(instrument, reliability),
  };
}

/** As asked; without --by, per agent and per queue as soon as some responses are linked to stored calls. */
function breakdownsFor(by: SurveyBreakdown | undefined, responses: StoredResponse[]): SurveyBreakdown[] {
  if (by) return [by];
  return responses.some((response) => response.callFound) ? ['agent', 'queue'] : [];
}

function breakdown(instrument: Instrument, responses: StoredResponse[], by: SurveyBreakdown, zone: Zone): Breakdown {
  const groups = new Map<string | null, StoredResponse[]>();
  for (const response of responses) {
    const key = groupKey(response, by, zone);
    if (key === undefined) continue;
    groups.set(key, [...(groups.get(key) ?? []), response]);
  }
  return {
    by,
    groups: [...groups.entries()]
      .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
      .map(([key, members]) => ({ key, summary: summarise(instrument, members.map((response) => response.answers)) })),
  };
}

function groupKey(response: StoredResponse, by: SurveyBreakdown, zone: Zone): string | null | undefined {
  if (by === 'month') return monthOf(zone.localDay(response.respondedAt));
  if (!response.callFound) return undefined;
  return (by === 'agent' ? response.agent : response.queue) ?? null;
}
