import type { NormalisedCall } from '../call.js';
import type { Zone } from '../time/zone.js';
import type { ReadItem } from '../../io/formats/reader.js';
import type { CustomerKeyer } from '../customers/customer-key.js';
import type { PackedCalls } from './call-packer.js';

/** The items of a batch that are not calls, in file order. */
export type OtherItem = Exclude<ReadItem, { kind: 'call' } | { kind: 'calls' }>;

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
  let packed: PackedCalls | undefined;
  let packedItems = 0;
  for (const item of items) {
    if (item.kind === 'call') calls++;
    else if (item.kind === 'calls') {
      calls += item.calls.count;
      packed = item.calls;
      packedItems++;
    }
  }
  // Calls already laid out flat are taken as they are when they are the batch's only calls.
  const adopt = packed !== undefined && packedItems === 1 && packed.count === calls;
  const texts: (string | null)[] = adopt ? packed!.texts : new Array(calls * TEXT_FIELDS);
  const numbers = adopt ? packed!.numbers : new Float64Array(calls * NUMBER_FIELDS);
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
    if (item.kind === 'calls') {
      if (!adopt) {
        for (let i = 0; i < item.calls.texts.length; i++) texts[t++] = item.calls.texts[i]!;
        numbers.set(item.calls.numbers, n);
        n += item.calls.numbers.length;
      }
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
    texts[t++] = call.customer;
    texts[t++] = call.ending;
    numbers[n++] = call.arrivalAt;
    numbers[n++] = orNaN(call.answerAt);
    numbers[n++] = orNaN(call.endAt);
    numbers[n++] = NaN;
    numbers[n++] = orNaN(call.waitS);
    numbers[n++] = orNaN(call.talkS);
    numbers[n++] = orNaN(call.holdS);
    numbers[n++] = orNaN(call.wrapS);
    numbers[n++] = call.outcome === 'answered' ? 1 : 0;
    numbers[n++] = orNaN(call.resolved);
    numbers[n++] = orNaN(call.csat);
  }
  for (let index = 0; index < calls; index++) {
    texts[index * TEXT_FIELDS + TEXT.customer] = keyer.key(texts[index * TEXT_FIELDS + TEXT.customer]);
    numbers[index * NUMBER_FIELDS + NUMBER.localHour] = storeZone.localHour(numbers[index * NUMBER_FIELDS + NUMBER.arrivalAt]!);
  }
  if (merged > 0) others.push({ kind: 'merged', line: 0, count: merged });
  return { calls, texts, numbers, others, notNormalised: keyer.notNormalised - notNormalisedBefore };
}
