import type { Flag } from './flags.js';
import { atOrAfter, type Standing } from './latest.js';
import type { TrustEvent } from './trust-events.js';

export interface TrustEntry {
  at: number;
  event: TrustEvent;
  amount: number;
  /** What it was drawn from: `call C12`, `commitment 3`, `complaint 7`, `survey response 4`, `wow 2`. */
  ref: string;
}

export type BadExperienceKind = 'abandoned_unanswered' | 'promise_broken' | 'survey_dissatisfied' | 'repeat';

export interface BadExperience {
  at: number;
  kind: BadExperienceKind;
  ref: string;
}

/** What the store knows of one customer (all its merged ids) as of one instant. */
export interface CustomerRecord {
  customer: string;
  /** Trust entries inside the window, oldest first: kept only when one customer is read in detail. */
  entries: TrustEntry[];
  /** The sum of the amounts of the window's trust entries, and how many there are. */
  trustBalance: number;
  trustEvents: number;
  /** The window's latest satisfied or dissatisfied survey signal (a survey answer or a call's csat). */
  lastSignal: (Standing & { event: 'survey_satisfied' | 'survey_dissatisfied' }) | null;
  openComplaints: number;
  recurringComplaints: number;
  /** Months of the loyalty span with at least one contact. */
  activeMonths: Set<number>;
  /** Contacts (calls, complaints, survey answers) up to the instant. */
  contacts: number;
  firstContactAt: number | null;
  lastContactAt: number | null;
  /** Contacts that are not calls (complaints, survey answers), for periods the calls cannot tell. */
  ledgerContacts: number[];
  /** The latest bad experience inside the window. */
  lastBad: (BadExperience & Standing) | null;
  flags: Set<Flag>;
}

export function emptyRecord(customer: string): CustomerRecord {
  return {
    customer,
    entries: [],
    trustBalance: 0,
    trustEvents: 0,
    lastSignal: null,
    openComplaints: 0,
    recurringComplaints: 0,
    activeMonths: new Set(),
    contacts: 0,
    firstContactAt: null,
    lastContactAt: null,
    ledgerContacts: [],
    lastBad: null,
    flags: new Set(),
  };
}

/** Adds contacts spanning [firstAt, lastAt] to the record. */
export function addContacts(record: CustomerRecord, contacts: number, firstAt: number, lastAt: number): void {
  record.contacts += contacts;
  record.firstContactAt = record.firstContactAt === null ? firstAt : Math.min(record.firstContactAt, firstAt);
  record.lastContactAt = record.lastContactAt === null ? lastAt : Math.max(record.lastContactAt, lastAt);
}

export function noteBad(record: CustomerRecord, bad: BadExperience & Standing): void {
  if (atOrAfter(bad, record.lastBad)) record.lastBad = bad;
}

export function noteSignal(record: CustomerRecord, signal: NonNullable<CustomerRecord['lastSignal']>): void {
  if (atOrAfter(signal, record.lastSignal)) record.lastSignal = signal;
}
