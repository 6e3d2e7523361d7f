import type { Channel } from '../ledger/channel.js';

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A complaint as it was received and written down: never changed afterwards. Instants are unix seconds, UTC. */
export interface Complaint {
  id: number;
  externalId: string | null;
  customer: string;
  /** As written the first time; `categoryKey` is how categories are matched. */
  category: string;
  categoryKey: string;
  severity: Severity;
  channel: Channel | null;
  callId: string | null;
  /** What the customer asks for, verbatim. */
  remedy: string | null;
  /** Verbatim. */
  description: string;
  receivedAt: number;
  recordedBy: string;
  /** When it was really written here (the computer's clock, never SVC_NOW); receivedAt is when it came in. */
  recordedAt: number;
}

export const COMPLAINT_EVENT_KINDS = ['ack', 'assign', 'resolve', 'reopen', 'close', 'note'] as const;
export type ComplaintEventKind = (typeof COMPLAINT_EVENT_KINDS)[number];

export interface ComplaintEvent {
  id: number;
  complaintId: number;
  kind: ComplaintEventKind;
  at: number;
  by: string;
  note: string | null;
  assignee: string | null;
  resolution: string | null;
  rootCause: string | null;
  /** When it was really written (the computer's clock); null for entries written before svc kept it. */
  recordedAt: number | null;
}

/** ISO 10002's path: received → acknowledged → resolved → closed, with reopening after a resolution. */
export type ComplaintStatus = 'received' | 'acknowledged' | 'resolved' | 'reopened' | 'closed';

export interface ComplaintState {
  status: ComplaintStatus;
  /** Received, acknowledged or reopened: waiting for a resolution. */
  open: boolean;
  /** The first acknowledgement; a resolution given before any acknowledgement acknowledges too. */
  acknowledgedAt: number | null;
  /** The resolution that stands (the latest); null while the complaint is open. */
  resolvedAt: number | null;
  closedAt: number | null;
  reopened: number;
  assignee: string | null;
  resolution: string | null;
  rootCause: string | null;
}

/** The state a complaint's events add up to as of `asOf` (later events are not yet known). */
export function complaintState(events: readonly ComplaintEvent[], asOf: number): ComplaintState {
  const state: ComplaintState = {
    status: 'received',
    open: true,
    acknowledgedAt: null,
    resolvedAt: null,
    closedAt: null,
    reopened: 0,
    assignee: null,
    resolution: null,
    rootCause: null,
  };
  for (const event of events) {
    if (event.at > asOf) continue;
    switch (event.kind) {
      case 'ack':
        state.acknowledgedAt ??= event.at;
        if (state.status === 'received') state.status = 'acknowledged';
        break;
      case 'assign':
        state.assignee = event.assignee;
        break;
      case 'resolve':
        state.acknowledgedAt ??= event.at;
        Object.assign(state, { status: 'resolved', resolvedAt: event.at, resolution: event.resolution, rootCause: event.rootCause });
        break;
      case 'reopen':
        Object.assign(state, { status: 'reopened', resolvedAt: null, reopened: state.reopened + 1 });
        break;
      case 'close':
        Object.assign(state, { status: 'closed', closedAt: event.at });
        break;
      case 'note':
        break;
    }
  }
  state.open = state.status === 'received' || state.status === 'acknowledged' || state.status === 'reopened';
  return state;
}
