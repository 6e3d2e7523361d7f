import { createHash } from 'node:crypto';
import type { NormalisedCall } from '../../core/call.js';
import { malformedRecord, type CsvRecord } from './csv-records.js';
import type { ReadItem } from './reader.js';

/** One CDR row: one leg of a call (parallel ringing writes one row per phone rung). */
export interface CallLeg {
  line: number;
  /** The call id the phone system wrote (uniqueid, uuid), or null when the layout has none. */
  id: string | null;
  /** Legs of one call match on this too (caller, dialled number, channel …). */
  match: string;
  startAt: number;
  endAt: number | null;
  durationS: number;
  billsecS: number;
  /** Seconds from the leg's start until it was answered. */
  waitS: number;
  answered: boolean;
  /** Answered by a person, not by a voice menu, voicemail or a Local/ channel on its way to one. */
  reachedPerson: boolean;
  ending: string;
  agent: string | null;
  customer: string | null;
  queue: string | null;
  /** The row as read, for a key when the layout has no call id. */
  raw: string[];
}

/** Legs of one call are written together when the caller hangs up: this many lines apart at most. */
const LEG_WINDOW_LINES = 200;

/**
 * Gathers the legs of each call while the rows stream past. Legs belong together when
 * `sameCall` says so; `bucket` narrows the search (legs of one call share it). A call is
 * complete once the input has moved LEG_WINDOW_LINES past its last leg, or at the end.
 */
export class LegGroups {
  private readonly open = new Map<string, CallLeg[][]>();
  /** Rows read into each open call beyond its first: its other legs and rows repeated word for word. */
  private readonly mergedRows = new WeakMap<CallLeg[], number>();
  private lastFlush = 0;

  constructor(
    private readonly bucket: (leg: CallLeg) => string,
    private readonly sameCall: (a: CallLeg, b: CallLeg) => boolean,
  ) {}

  /** Adds a leg; returns the calls the input has now moved past. */
  add(leg: CallLeg): CallLeg[][] {
    const key = this.bucket(leg);
    const groups = this.open.get(key) ?? [];
    const group = groups.find((legs) => legs.some((other) => this.sameCall(other, leg)));
    if (group) {
      // A row repeated word for word is one leg, not two.
      if (!group.some((other) => other.raw.join('\u001f') === leg.raw.join('\u001f'))) group.push(leg);
      this.mergedRows.set(group, (this.mergedRows.get(group) ?? 0) + 1);
    } else {
      groups.push([leg]);
    }
    this.open.set(key, groups);
    if (leg.line - this.lastFlush < LEG_WINDOW_LINES / 4) return [];
    this.lastFlush = leg.line;
    return this.take((legs) => legs.at(-1)!.line < leg.line - LEG_WINDOW_LINES);
  }

  finish(): CallLeg[][] {
    return this.take(() => true);
  }

  /** How many rows beyond the first a call taken from here was read from. */
  merged(legs: CallLeg[]): number {
    return this.mergedRows.get(legs) ?? 0;
  }

  private take(done: (legs: CallLeg[]) => boolean): CallLeg[][] {
    const taken: CallLeg[][] = [];
    for (const [key, groups] of this.open) {
      const keep = groups.filter((legs) => !done(legs));
      taken.push(...groups.filter(done));
      if (keep.length === 0) this.open.delete(key);
      else this.open.set(key, keep);
    }
    return taken.sort((a, b) => a[0]!.line - b[0]!.line);
  }
}

/**
 * One call from its legs. It arrived when its first leg started. It was answered when a leg
 * reached a person: the caller stopped waiting at the first such answer, talked until the last
 * such leg ended (a transfer's legs are one conversation), and the agent is the person of the
 * longest of those legs. A call no person answered (nobody picked up, or only a voice menu,
 * voicemail or a Local/ channel did) waited until its last leg ended, and keeps the most telling
 * ending (BUSY over a plain no-answer, as a person reading the log would).
 */
export function callFromLegs(legs: CallLeg[], keyPrefix: string, busyEndings: readonly string[]): NormalisedCall {
  const ordered = [...legs].sort((a, b) => a.startAt - b.startAt || a.line - b.line);
  const first = ordered[0]!;
  const arrivalAt = first.startAt;
  const sourceKey = `${keyPrefix}:${first.id ?? createHash('sha256').update(first.raw.join('\u001f')).digest('hex').slice(0, 24)}`;
  const common = {
    sourceKey,
    queue: first.queue,
    customer: first.customer,
    arrivalAt,
    holdS: null,
    wrapS: null,
    resolved: null,
    csat: null,
  };
  const people = ordered.filter((leg) => leg.reachedPerson);
  if (people.length > 0) {
    const answerAt = Math.min(...people.map((leg) => leg.startAt + leg.waitS));
    const talkEndAt = Math.max(...people.map((leg) => leg.startAt + leg.waitS + leg.billsecS));
    const agentLeg = people.reduce((longest, leg) => (leg.billsecS > longest.billsecS ? leg : longest));
    return {
      ...common,
      agent: agentLeg.agent,
      answerAt,
      endAt: Math.max(...people.map((leg) => leg.endAt ?? leg.startAt + leg.waitS + leg.billsecS)),
      waitS: answerAt - arrivalAt,
      talkS: talkEndAt - answerAt,
      outcome: 'answered',
      ending: agentLeg.ending,
    };
  }
  const endAt = Math.max(...ordered.map((leg) => leg.endAt ?? leg.startAt + leg.durationS));
  // The wait counts each leg's duration, which the phone system counted to the second; end stamps lose the fraction.
  const waitS = Math.max(...ordered.map((leg) => leg.startAt + leg.durationS)) - arrivalAt;
  const telling = ordered.find((leg) => busyEndings.includes(leg.ending)) ?? ordered.find((leg) => !leg.answered) ?? first;
  return { ...common, agent: null, answerAt: null, endAt, waitS, talkS: null, outcome: 'abandoned', ending: telling.ending };
}

/**
 * The read loop of a CDR format: each row becomes a leg (or a reject, or null to pass over it,
 * such as a header), and the legs gather into calls as the rows stream past.
 */
export async function* callsFromRows(
  batches: AsyncIterable<CsvRecord[]>,
  legOf: (record: CsvRecord, batch: CsvRecord[]) => CallLeg | Extract<ReadItem, { kind: 'reject' }> | null,
  groups: LegGroups,
  toCall: (legs: CallLeg[]) => NormalisedCall,
): AsyncIterable<ReadItem[]> {
  const items = (legs: CallLeg[]): ReadItem[] => {
    const merged = groups.merged(legs);
    const call: ReadItem = { kind: 'call', line: legs[0]!.line, call: toCall(legs) };
    return merged > 0 ? [call, { kind: 'merged', line: legs[0]!.line, count: merged }] : [call];
  };
  for await (const records of batches) {
    const read: ReadItem[] = [];
    for (const record of records) {
      if (record.problem) {
        read.push(malformedRecord(record));
        continue;
      }
      const leg = legOf(record, records);
      if (leg === null) continue;
      if ('kind' in leg) read.push(leg);
      else read.push(...groups.add(leg).flatMap(items));
    }
    yield read;
  }
  const rest = groups.finish().flatMap(items);
  if (rest.length > 0) yield rest;
}
