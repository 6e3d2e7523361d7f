import { UserError } from '../../errors.js';
import type { Complaint, ComplaintState, ComplaintStatus } from './complaint.js';

/** A later entry on a complaint: the only way anything about it changes. */
export type ComplaintChange =
  | { kind: 'ack'; note: string | null }
  | { kind: 'assign'; assignee: string; note: string | null }
  | { kind: 'resolve'; resolution: string; rootCause: string | null; note: string | null }
  | { kind: 'reopen'; note: string }
  | { kind: 'close'; note: string | null }
  | { kind: 'note'; note: string };

const FITS: Record<ComplaintChange['kind'], readonly ComplaintStatus[]> = {
  ack: ['received'],
  assign: ['received', 'acknowledged', 'reopened'],
  resolve: ['received', 'acknowledged', 'reopened'],
  reopen: ['resolved'],
  close: ['resolved'],
  note: ['received', 'acknowledged', 'resolved', 'reopened', 'closed'],
};

const VERB: Record<ComplaintChange['kind'], string> = {
  ack: 'acknowledged',
  assign: 'assigned',
  resolve: 'resolved',
  reopen: 'reopened',
  close: 'closed',
  note: 'noted',
};

/** Refuses a change that does not fit the complaint's state, saying what would. */
export function assertComplaintChangeFits(complaint: Complaint, state: ComplaintState, change: ComplaintChange): void {
  if (FITS[change.kind].includes(state.status)) return;
  const message =
    state.status === VERB[change.kind] ? `complaint ${complaint.id} is already ${state.status}` : `complaint ${complaint.id} is ${state.status}: it cannot be ${VERB[change.kind]}`;
  throw new UserError(message, hintFor(complaint.id, state.status, change.kind));
}

function hintFor(id: number, status: ComplaintStatus, kind: ComplaintChange['kind']): string {
  if (status === 'closed') return 'a closed complaint is final; if the customer complains again, add a new complaint (it is flagged as recurring)';
  if (kind === 'close') return `resolve it first: svc complaint resolve ${id} --resolution TEXT`;
  if (kind === 'reopen') return 'only a resolved complaint can be reopened';
  if (status === 'resolved') return `reopen it first: svc complaint reopen ${id} --note WHY`;
  return `add a note instead: svc complaint note ${id} TEXT`;
}
