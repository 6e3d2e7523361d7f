import type { NormalisedCall } from '../../core/call.js';
import type { QueueEventRole } from './queue-log-events.js';

/** One queue_log line about a call, already parsed. */
export interface QueueEvent {
  line: number;
  /** Unix seconds. */
  at: number;
  callid: string;
  queue: string;
  agent: string | null;
  event: string;
  role: QueueEventRole;
  /** ENTERQUEUE's caller id (data2). */
  caller: string | null;
}

export type AssembledItem =
  | { kind: 'call'; line: number; call: NormalisedCall }
  | { kind: 'skip'; line: number; reason: string }
  | { kind: 'merged'; line: number; count: number }
  | { kind: 'carried'; count: number };

/** What is known of a call that has entered a queue; carried to the next import while it has no end. */
interface OpenCall {
  callid: string;
  queue: string;
  enterAt: number | null;
  caller: string | null;
  connectAt: number | null;
  connectWait: number | null;
  agent: string | null;
  lastAt: number;
  /** Line of the latest event in this read; 0 when the call was carried from an earlier import. */
  lastLine: number;
  end?: { event: string; at: number; answered: boolean; wait: number | null; talk: number | null; agent: string | null; line: number };
}

/** An ended call whose ENTERQUEUE has not been seen waits this many lines for it (events slightly out of order). */
const SETTLE_LINES = 1000;
/** No caller waits or talks this long: a call with no end after it is closed (its end was never logged). */
const OPEN_LIMIT_S = 24 * 3600;
/** How many finished calls are remembered to recognise late events that belong to them. */
const FINISHED_MEMORY = 100_000;

/**
 * Assembles calls from queue_log events that may arrive out of order and may span files.
 * A call (a callid's stay in one queue) is complete when its ending and its ENTERQUEUE are
 * both known; an ending alone is accepted once the log has moved on. Calls still open when
 * the input ends are handed back to be carried to the next import.
 */
export class QueueLogAssembler {
  private readonly open = new Map<string, OpenCall>();
  /** Finished calls by key → their end time: an older event for the key is a straggler, a newer one a new stay. */
  private readonly finished = new Map<string, number>();
  private latestAt = -Infinity;
  private readonly carriedIn: number;

  constructor(carried: Iterable<[string, string]> = []) {
    for (const [key, value] of carried) this.open.set(key, { ...(JSON.parse(value) as OpenCall), lastLine: 0 });
    this.carriedIn = this.open.size;
  }

  /**
   * Every line is accounted for: a call's first line in this read stands for the call (stored,
   * skipped or carried open), its other lines are merged into it, and lines about no call (logins,
   * pauses, reloads) are skipped.
   */
  add(event: QueueEvent): AssembledItem[] {
    this.latestAt = Math.max(this.latestAt, event.at);
    const { role } = event;
    const key = `${event.callid}|${event.queue}`;
    const merged: AssembledItem = { kind: 'merged', line: event.line, count: 1 };
    if (role.kind === 'other') {
      return this.open.has(key) || this.finished.has(key) ? [merged] : [{ kind: 'skip', line: event.line, reason: `not about a call (${event.event})` }];
    }
    if (role.kind === 'refused') return [{ kind: 'skip', line: event.line, reason: `the caller could not join queue ${event.queue} (${event.event})` }];
    const finishedAt = this.finished.get(key);
    if (finishedAt !== undefined) {
      if (event.at <= finishedAt) return [merged];
      this.finished.delete(key);
    }
    const existing = this.open.get(key);
    const call = existing ?? this.start(key, event);
    const items: AssembledItem[] = existing ? [merged] : [];
    call.lastAt = Math.max(call.lastAt, event.at);
    call.lastLine = event.line;
    switch (role.kind) {
      case 'enter':
        call.enterAt = event.at;
        call.caller = event.caller;
        break;
      case 'connect':
        call.connectAt = event.at;
        call.connectWait = role.wait;
        call.agent = event.agent ?? call.agent;
        break;
      case 'answered':
      case 'abandoned':
        call.end = {
          event: event.event,
          at: event.at,
          answered: role.kind === 'answered',
          wait: role.wait,
          talk: role.kind === 'answered' ? role.talk : null,
          agent: event.agent,
          line: event.line,
        };
        break;
    }
    if (call.end && call.enterAt !== null) items.push(this.close(key, call));
    return items;
  }

  /** Closes ended calls the log has moved past and calls open for longer than any call lasts. */
  settle(currentLine: number): AssembledItem[] {
    const items: AssembledItem[] = [];
    for (const [key, call] of this.open) {
      if (call.end ? currentLine - call.lastLine > SETTLE_LINES : call.lastAt < this.latestAt - OPEN_LIMIT_S) items.push(this.close(key, call));
    }
    return items;
  }

  /** At the end of the input: every ended call closes; the calls still open are returned to be carried. */
  finish(): { items: AssembledItem[]; stillOpen: Map<string, string> } {
    const items: AssembledItem[] = [];
    for (const [key, call] of this.open) {
      if (call.end || call.lastAt < this.latestAt - OPEN_LIMIT_S) items.push(this.close(key, call));
    }
    const stillOpen = new Map<string, string>();
    for (const [key, call] of this.open) {
      const { callid, queue, enterAt, caller, connectAt, connectWait, agent, lastAt } = call;
      stillOpen.set(key, JSON.stringify({ callid, queue, enterAt, caller, connectAt, connectWait, agent, lastAt }));
    }
    if (stillOpen.size !== this.carriedIn) items.push({ kind: 'carried', count: stillOpen.size - this.carriedIn });
    return { items, stillOpen };
  }

  private start(key: string, event: QueueEvent): OpenCall {
    const call: OpenCall = {
      callid: event.callid,
      queue: event.queue,
      enterAt: null,
      caller: null,
      connectAt: null,
      connectWait: null,
      agent: null,
      lastAt: event.at,
      lastLine: event.line,
    };
    this.open.set(key, call);
    return call;
  }

  private close(key: string, call: OpenCall): AssembledItem {
    this.open.delete(key);
    this.finished.set(key, call.end?.at ?? call.lastAt);
    if (this.finished.size > FINISHED_MEMORY) {
      for (const old of [...this.finished.keys()].slice(0, FINISHED_MEMORY / 2)) this.finished.delete(old);
    }
    const line = call.end?.line ?? call.lastLine;
    const normalised = normalise(call);
    return normalised ? { kind: 'call', line, call: normalised } : { kind: 'skip', line, reason: `call ${call.callid} in queue ${call.queue} has no end in the log` };
  }
}

function normalise(call: OpenCall): NormalisedCall | null {
  const { end } = call;
  if (!end && call.connectAt === null) return null;
  let waitS: number | null;
  let talkS: number | null = null;
  let answerAt: number | null = null;
  let arrivalAt: number;
  if (!end || end.answered) {
    waitS = end?.wait ?? call.connectWait ?? difference(call.connectAt, call.enterAt);
    talkS = end ? (end.talk ?? difference(end.at, call.connectAt)) : null;
    answerAt = call.connectAt ?? (end && talkS !== null ? end.at - talkS : null);
    const answeredAt = answerAt ?? end!.at;
    arrivalAt = call.enterAt ?? answeredAt - (waitS ?? 0);
  } else {
    waitS = end.wait ?? difference(end.at, call.enterAt);
    arrivalAt = call.enterAt ?? end.at - (waitS ?? 0);
  }
  arrivalAt = Math.round(arrivalAt);
  return {
    sourceKey: `aql:${call.callid}:${call.queue}:${arrivalAt}`,
    queue: call.queue,
    agent: call.agent ?? end?.agent ?? null,
    customer: call.caller,
    arrivalAt,
    answerAt: answerAt === null ? null : Math.round(answerAt),
    endAt: end ? end.at : null,
    waitS,
    talkS,
    holdS: null,
    wrapS: null,
    outcome: !end || end.answered ? 'answered' : 'abandoned',
    // An answered call whose end was never logged keeps CONNECT as its last known event.
    ending: end ? end.event : 'CONNECT',
    resolved: null,
    csat: null,
  };
}

function difference(later: number | null, earlier: number | null): number | null {
  return later === null || earlier === null ? null : Math.max(0, later - earlier);
}
