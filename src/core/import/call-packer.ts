import type { NormalisedCall } from '../call.js';
import type { Zone } from '../time/zone.js';
import type { ReadItem } from '../../io/formats/reader.js';
import type { CustomerKeyer } from '../customers/customer-key.js';
import { NUMBER, NUMBER_FIELDS, TEXT, TEXT_FIELDS, type CallBatch, type OtherItem } from './call-batch.js';

/** Calls laid out as in a CallBatch, their customer ids not yet keyed and their hours not yet worked out. */
export interface PackedCalls {
  count: number;
  texts: (string | null)[];
  numbers: Float64Array<ArrayBuffer>;
}

const orNaN = (value: number | null): number => (value === null ? NaN : value);

/**
 * Writes calls flat as a reader reads them, so that a row read field by field from the file's
 * text needs no object of its own. NaN stands for a missing number.
 */
export class CallPacker {
  private texts: (string | null)[] = [];
  private numbers: Float64Array<ArrayBuffer>;
  private calls = 0;

  constructor(private capacity: number) {
    this.numbers = new Float64Array(capacity * NUMBER_FIELDS);
  }

  get count(): number {
    return this.calls;
  }

  push(
    sourceKey: string,
    queue: string | null,
    agent: string | null,
    customer: string | null,
    ending: string | null,
    arrivalAt: number,
    answerAt: number,
    endAt: number,
    waitS: number,
    talkS: number,
    holdS: number,
    wrapS: number,
    answered: boolean,
    resolved: number,
    csat: number,
  ): void {
    if (this.calls === this.capacity) this.grow();
    this.texts.push(sourceKey, queue, agent, customer, ending);
    const numbers = this.numbers;
    const n = this.calls * NUMBER_FIELDS;
    numbers[n + NUMBER.arrivalAt] = arrivalAt;
    numbers[n + NUMBER.answerAt] = answerAt;
    numbers[n + NUMBER.endAt] = endAt;
    numbers[n + NUMBER.localHour] = NaN;
    numbers[n + NUMBER.waitS] = waitS;
    numbers[n + NUMBER.talkS] = talkS;
    numbers[n + NUMBER.holdS] = holdS;
    numbers[n + NUMBER.wrapS] = wrapS;
    numbers[n + NUMBER.answered] = answered ? 1 : 0;
    numbers[n + NUMBER.resolved] = resolved;
    numbers[n + NUMBER.csat] = csat;
    this.calls++;
  }

  add(call: NormalisedCall): void {
    this.push(
      call.sourceKey, call.queue, call.agent, call.customer, call.ending,
      call.arrivalAt, orNaN(call.answerAt), orNaN(call.endAt),
      orNaN(call.waitS), orNaN(call.talkS), orNaN(call.holdS), orNaN(call.wrapS),
      call.outcome === 'answered', orNaN(call.resolved), orNaN(call.csat),
    );
  }

  /** Adds calls already written flat by another packer, after those written so far. */
  append(packed: PackedCalls): void {
    while (this.calls + packed.count > this.capacity) this.grow();
    for (const text of packed.texts) this.texts.push(text);
    this.numbers.set(packed.numbers, this.calls * NUMBER_FIELDS);
    this.calls += packed.count;
  }

  /** The calls written so far, as they lie. */
  packed(): PackedCalls {
    return { count: this.calls, texts: this.texts, numbers: new Float64Array(this.numbers.buffer, 0, this.calls * NUMBER_FIELDS) };
  }

  /** The calls written since the last take; the packer starts again empty. */
  take(): PackedCalls {
    const packed = this.packed();
    this.texts = [];
    this.numbers = new Float64Array(this.capacity * NUMBER_FIELDS);
    this.calls = 0;
    return packed;
  }

  private grow(): void {
    this.capacity = Math.max(1, 2 * this.capacity);
    const numbers = new Float64Array(this.capacity * NUMBER_FIELDS);
    numbers.set(this.numbers);
    this.numbers = numbers;
  }
}

/** Packs a reader's items, each call's customer id already keyed (the keying is costly with a phone region, so it happens where the file is read). */
export function packCalls(items: readonly ReadItem[], storeZone: Zone, keyer: CustomerKeyer): CallBatch {
  const notNormalisedBefore = keyer.notNormalised;
  let calls = 0;
  let lastPacked: PackedCalls | undefined;
  let packedItems = 0;
  for (const item of items) {
    if (item.kind === 'call') calls++;
    else if (item.kind === 'calls') {
      calls += item.calls.count;
      lastPacked = item.calls;
      packedItems++;
    }
  }
  // Calls already laid out flat are taken as they are when they are the batch's only calls.
  const adopted = packedItems === 1 && lastPacked!.count === calls ? lastPacked : undefined;
  const packer = adopted ? undefined : new CallPacker(calls);
  const others: OtherItem[] = [];
  // Merged records are only counted: one item per batch crosses the threads, not one per leg or event.
  let merged = 0;
  for (const item of items) {
    if (item.kind === 'merged') merged += item.count;
    else if (item.kind === 'call') packer!.add(item.call);
    else if (item.kind === 'calls') packer?.append(item.calls);
    else others.push(item);
  }
  const { texts, numbers } = adopted ?? packer!.packed();
  for (let index = 0; index < calls; index++) {
    texts[index * TEXT_FIELDS + TEXT.customer] = keyer.key(texts[index * TEXT_FIELDS + TEXT.customer]);
    numbers[index * NUMBER_FIELDS + NUMBER.localHour] = storeZone.localHour(numbers[index * NUMBER_FIELDS + NUMBER.arrivalAt]!);
  }
  if (merged > 0) others.push({ kind: 'merged', line: 0, count: merged });
  return { calls, texts, numbers, others, notNormalised: keyer.notNormalised - notNormalisedBefore };
}
