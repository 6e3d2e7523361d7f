import type { Flag } from './flags.js';
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
  /** Trust entries inside the window, oldest first. */
  entries: TrustEntry[];
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
  /** Bad experiences inside the window, oldest first. */
  bad: BadExperience[];
  flags: Set<Flag>;
}

export function emptyRecord(customer: string): CustomerRecord {
  return {
    customer,
    entries: [],
    openComplaints: 0,
    recurringComplaints: 0,
    activeMonths: new Set(),
    contacts: 0,
    firstContactAt: null,
    lastContactAt: null,
    ledgerContacts: [],
    bad: [],
    flags: new Set(),
  };
}

/** Adds contacts spanning [firstAt, lastAt] to the record. */
export function addContacts(record: CustomerRecord, contacts: number, firstAt: number, lastAt: number): void {
  record.contacts += contacts;
  record.firstContactAt = record.firstContactAt === null ? firstAt : Math.min(record.firstContactAt, firstAt);
  record.lastContactAt = record.lastContactAt === null ? lastAt : Math.max(record.lastContactAt, lastAt);
}
