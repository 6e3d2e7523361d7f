import type { NormalisedCall } from '../call.js';
import type { Zone } from '../time/zone.js';
import type { ReadItem } from '../../io/formats/reader.js';
import type { CustomerKeyer } from '../customers/customer-key.js';

/** The items of a batch that are not calls, in file order. */
export type OtherItem = Exclude<ReadItem, { kind: 'call' }>;

/** Where each text field sits in a call's slice of CallBatch.texts. */
export const TEXT = { sourceKey: 0, queue: 1, agent: 2, customer: 3, ending: 4 } as const;
export const TEXT_FIELDS = 5;

/** Where each number sits in a call's slice of CallBatch.numbers; NaN stands for a missing value. */
export const NUMBER = {
  arrivalAt: 0,
  answerAt: 1,
  endAt: 2,
  localHour: 3,
  waitS: 4,
  talkS: 5,
  holdS: 6,
  wrapS: 7,
  /** 1 answered, 0 abandoned. */
  answered: 8,
  resolved: 9,
  csat: 10,
} as const;
export const NUMBER_FIELDS = 11;

/**
 * A reader's batch with its calls laid out flat, call after call: no object per call to copy
 * between the threads or to collect afterwards, and the numbers cross as one transferred buffer.
 * The wall-clock hour is worked out where the batch is packed, so the inserting thread need not.
 */
export interface CallBatch {
  calls: number;
  texts: (string | null)[];
  numbers: Float64Array<ArrayBuffer>;
  others: OtherItem[];
  /** Phone-like customer ids of these calls that cannot be a number in the phone region, stored as given. */
  notNormalised: number;
}

const orNaN = (value: number | null): number => (value === null ? NaN : value);

/** Packs a reader's items, each call's customer id already keyed (the keying is costly with a phone region, so it happens where the file is read). */
export function packCalls(items: readonly ReadItem[], storeZone: Zone, keyer: CustomerKeyer): CallBatch {
  const notNormalisedBefore = keyer.notNormalised;
  let calls = 0;
  for (const item of items) if (item.kind === 'call') calls++;
  const texts: (string | null)[] = new Array(calls * TEXT_FIELDS);
  const numbers = new Float64Array(calls * NUMBER_FIELDS);
  const others: OtherItem[] = [];
  // Merged records are only counted: one item per batch crosses the threads, not one per leg or event.
  let merged = 0;
  let t = 0;
  let n = 0;
  for (const item of items) {
    if (item.kind === 'merged') {
      merged += item.count;
      continue;
    }
    if (item.kind !== 'call') {
      others.push(item);
      continue;
    }
    const call: NormalisedCall = item.call;
    texts[t++] = call.sourceKey;
    texts[t++] = call.queue;
    texts[t++] = call.agent;
    texts[t++] = keyer.key(call.customer);
    texts[t++] = call.ending;
    numbers[n++] = call.arrivalAt;
    numbers[n++] = orNaN(call.answerAt);
    numbers[n++] = orNaN(call.endAt);
    numbers[n++] = storeZone.localHour(call.arrivalAt);
    numbers[n++] = orNaN(call.waitS);
    numbers[n++] = orNaN(call.talkS);
    numbers[n++] = orNaN(call.holdS);
    numbers[n++] = orNaN(call.wrapS);
    numbers[n++] = call.outcome === 'answered' ? 1 : 0;
    numbers[n++] = orNaN(call.resolved);
    numbers[n++] = orNaN(call.csat);
  }
  if (merged > 0) others.push({ kind: 'merged', line: 0, count: merged });
  return { calls, texts, numbers, others, notNormalised: keyer.notNormalised - notNormalisedBefore };
}
