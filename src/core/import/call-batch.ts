import type { ReadItem } from '../../io/formats/reader.js';

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
