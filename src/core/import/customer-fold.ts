import { civilOfDay } from '../time/calendar.js';

/** A stored call as the per-customer pass reads it: id, customer, arrival, local hour, outcome, wait, csat, source key, stored next arrival. */
export type FoldedCall = [
  id: number,
  customer: string,
  arrivalAt: number,
  localHour: number,
  outcome: string,
  waitS: number | null,
  csat: number | null,
  sourceKey: string,
  nextArrivalAt: number | null,
];

export type CallEventName = 'abandoned_unanswered' | 'long_wait' | 'survey_satisfied' | 'survey_dissatisfied' | 'repeat';

/** A month's latest event of a kind, latest by instant, then event name, then call id (the source key). */
export interface LatestEvent {
  at: number;
  event: CallEventName;
  /** calls.id, as the store keeps it. */
  callId: number;
  callKey: string;
}

/** A call event as the store keeps it: a repeat is dated at the next call and names the answered call before it. */
interface CallEvent {
  at: number;
  event: CallEventName;
  callId: number;
}

export interface EventMonth {
  month: number;
  abandonedUnanswered: number;
  longWait: number;
  surveySatisfied: number;
  surveyDissatisfied: number;
  repeats: number;
  bad: LatestEvent | undefined;
  signal: LatestEvent | undefined;
}

export interface CustomerMonth {
  month: number;
  contacts: number;
  firstAt: number;
  lastAt: number;
  /** Bit d − 1: an offered call on day d of the month. */
  days: number;
}

/** Where the fold's rows go, one customer at a time. */
export interface CustomerFoldSink {
  month(customer: string, month: CustomerMonth): void;
  /** A customer's events come in key order: by instant, event name, then calls.id. */
  event(customer: string, at: number, event: CallEventName, callId: number): void;
  eventMonth(customer: string, month: EventMonth): void;
  /**
   * A call whose stored next arrival is not the one its customer's calls give, with how its
   * hour's repeat count moves (+1: it becomes a repeat contact, −1: it stops being one, else 0).
   */
  nextArrival(id: number, nextArrivalAt: number | null, repeatMove: number): void;
  /** After the last customer's rows: whatever the sink still holds is written. */
  finish?(): void;
}

/** The windows the projection is counted with, in seconds. */
export interface CustomerFoldBasis {
  callbackS: number;
  repeatS: number;
  /** A longer wait of an answered call counts against trust. */
  longWaitS: number;
  /** An abandoned call that waited less is not offered, so it makes no customer day. */
  shortAbandonS: number;
}

const BAD_EVENTS: ReadonlySet<CallEventName> = new Set(['abandoned_unanswered', 'survey_dissatisfied', 'repeat']);
const SIGNAL_EVENTS: ReadonlySet<CallEventName> = new Set(['survey_satisfied', 'survey_dissatisfied']);

/** Text order as SQLite's BINARY collation has it (UTF-8 bytes, that is code points), not JavaScript's UTF-16 units. */
function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

function isLater(candidate: LatestEvent, held: LatestEvent | undefined): boolean {
  if (!held) return true;
  return (candidate.at - held.at || compareText(candidate.event, held.event) || compareText(candidate.callKey, held.callKey)) > 0;
}

/** Months since 1970-01 of an instant's UTC calendar, remembered per day: most calls share a day with the one before. */
class MonthOfInstant {
  private day = NaN;
  private month = NaN;
  /** The bit of the last instant's day in its month's days. */
  dayBit = 0;

  of(seconds: number): number {
    const day = Math.floor(seconds / 86400);
    if (day !== this.day) {
      const { year, month, date } = civilOfDay(day);
      this.day = day;
      this.month = (year - 1970) * 12 + month;
      this.dayBit = 1 << (date - 1);
    }
    return this.month;
  }
}

/**
 * The per-customer tables of the store (months, call events and their months, customer days
 * and next arrivals) folded from the calls in one pass, each customer's calls newest first
 * (arrival, then id, descending). Reading them backwards, everything a call needs from the calls
 * after it (the next arrival, the next call, the next answered call) is already known, so
 * nothing but a customer's months and days is held.
 */
export class CustomerFold {
  private customer: string | undefined;
  private months = new Map<number, CustomerMonth>();
  private eventMonths = new Map<number, EventMonth>();
  private days = new Set<number>();
  private events: CallEvent[] = [];
  private nextCallAt: number | null = null;
  private laterArrivalAt: number | null = null;
  private nextAnsweredAt: number | null = null;
  private readonly wallMonths = new MonthOfInstant();
  private readonly utcMonths = new MonthOfInstant();
  /** Customers per (day, previous day): the chains customer_day_count holds. */
  readonly dayChains = new Map<string, { localDay: number; previousDay: number; customers: number }>();

  constructor(
    private readonly basis: CustomerFoldBasis,
    private readonly sink: CustomerFoldSink,
  ) {}

  add(call: FoldedCall): void {
    const [id, customer, arrivalAt, localHour, outcome, waitS, csat, sourceKey, storedNext] = call;
    if (customer !== this.customer) {
      this.finishCustomer();
      this.customer = customer;
    }
    const nextCallAt = this.nextCallAt;
    if (nextCallAt !== null && nextCallAt > arrivalAt) this.laterArrivalAt = nextCallAt;
    const answered = outcome === 'answered';
    if (storedNext !== this.laterArrivalAt) {
      const repeatMove = answered ? this.isRepeat(arrivalAt, this.laterArrivalAt) - this.isRepeat(arrivalAt, storedNext) : 0;
      this.sink.nextArrival(id, this.laterArrivalAt, repeatMove);
    }

    const month = this.wallMonths.of(localHour * 3600);
    let held = this.months.get(month);
    if (held) {
      held.contacts++;
      held.firstAt = Math.min(held.firstAt, arrivalAt);
      held.lastAt = Math.max(held.lastAt, arrivalAt);
    } else {
      held = { month, contacts: 1, firstAt: arrivalAt, lastAt: arrivalAt, days: 0 };
      this.months.set(month, held);
    }

    const { basis } = this;
    const calledBackAt = this.nextAnsweredAt;
    if (!answered && (calledBackAt === null || calledBackAt - arrivalAt > basis.callbackS)) this.event(arrivalAt, 'abandoned_unanswered', id, sourceKey);
    if (answered && waitS !== null && waitS > basis.longWaitS) this.event(arrivalAt, 'long_wait', id, sourceKey);
    if (csat !== null && csat >= 4) this.event(arrivalAt, 'survey_satisfied', id, sourceKey);
    if (csat !== null && csat <= 2) this.event(arrivalAt, 'survey_dissatisfied', id, sourceKey);
    // The next call in order, even at the same second (which makes no repeat), as lead() gives it.
    if (answered && nextCallAt !== null && nextCallAt - arrivalAt > 0 && nextCallAt - arrivalAt <= basis.repeatS) {
      this.event(nextCallAt, 'repeat', id, sourceKey);
    }

    const offered = answered || waitS === null || waitS >= basis.shortAbandonS;
    if (offered) {
      this.days.add(Math.trunc(localHour / 24));
      held.days |= this.wallMonths.dayBit;
    }
    if (answered) this.nextAnsweredAt = arrivalAt;
    this.nextCallAt = arrivalAt;
  }

  /** Hands over the last customer's rows; the day chains are complete after it. */
  finish(): void {
    this.finishCustomer();
    this.customer = undefined;
    this.sink.finish?.();
  }

  /** 1 when a call arriving at `arrivalAt` followed at `nextAt` is a repeat contact (if answered), else 0. */
  private isRepeat(arrivalAt: number, nextAt: number | null): number {
    return nextAt !== null && nextAt - arrivalAt <= this.basis.repeatS ? 1 : 0;
  }

  private event(at: number, event: CallEventName, callId: number, callKey: string): void {
    this.events.push({ at, event, callId });
    const month = this.utcMonths.of(at);
    let folded = this.eventMonths.get(month);
    if (!folded) {
      folded = { month, abandonedUnanswered: 0, longWait: 0, surveySatisfied: 0, surveyDissatisfied: 0, repeats: 0, bad: undefined, signal: undefined };
      this.eventMonths.set(month, folded);
    }
    if (event === 'abandoned_unanswered') folded.abandonedUnanswered++;
    else if (event === 'long_wait') folded.longWait++;
    else if (event === 'survey_satisfied') folded.surveySatisfied++;
    else if (event === 'survey_dissatisfied') folded.surveyDissatisfied++;
    else folded.repeats++;
    const candidate = { at, event, callId, callKey };
    if (BAD_EVENTS.has(event) && isLater(candidate, folded.bad)) folded.bad = candidate;
    if (SIGNAL_EVENTS.has(event) && isLater(candidate, folded.signal)) folded.signal = candidate;
  }

  private finishCustomer(): void {
    const customer = this.customer;
    if (customer === undefined) return;
    const byMonth = (a: { month: number }, b: { month: number }) => a.month - b.month;
    for (const month of [...this.months.values()].sort(byMonth)) this.sink.month(customer, month);
    // In the table's key order, so the rows go in at the end of the customer's part of the tree.
    this.events.sort((a, b) => a.at - b.at || compareText(a.event, b.event) || a.callId - b.callId);
    for (const { at, event, callId } of this.events) this.sink.event(customer, at, event, callId);
    for (const month of [...this.eventMonths.values()].sort(byMonth)) this.sink.eventMonth(customer, month);
    let previousDay = -1;
    for (const localDay of [...this.days].sort((a, b) => a - b)) {
      const key = `${localDay} ${previousDay}`;
      const chain = this.dayChains.get(key);
      if (chain) chain.customers++;
      else this.dayChains.set(key, { localDay, previousDay, customers: 1 });
      previousDay = localDay;
    }
    this.months = new Map();
    this.eventMonths = new Map();
    this.events = [];
    this.days = new Set();
    this.nextCallAt = null;
    this.laterArrivalAt = null;
    this.nextAnsweredAt = null;
  }
}
