import type { NormalisedCall } from '../call.js';
import { NUMBER, NUMBER_FIELDS, TEXT, TEXT_FIELDS } from './call-batch.js';

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

  /** The calls written since the last take; the packer starts again empty. */
  take(): PackedCalls {
    const packed: PackedCalls = { count: this.calls, texts: this.texts, numbers: new Float64Array(this.numbers.buffer, 0, this.calls * NUMBER_FIELDS) };
    this.texts = [];
    this.numbers = new Float64Array(this.capacity * NUMBER_FIELDS);
    this.calls = 0;
    return packed;
  }

  private grow(): void {
    this.capacity *= 2;
    const numbers = new Float64Array(this.capacity * NUMBER_FIELDS);
    numbers.set(this.numbers);
    this.numbers = numbers;
  }
}

/** The calls back as objects, as a reader of single calls sees them. */
export function unpackCalls(packed: PackedCalls): NormalisedCall[] {
  const calls: NormalisedCall[] = [];
  const orNull = (value: number): number | null => (Number.isNaN(value) ? null : value);
  for (let index = 0; index < packed.count; index++) {
    const t = index * TEXT_FIELDS;
    const n = index * NUMBER_FIELDS;
    const number = (at: number) => orNull(packed.numbers[n + at]!);
    const resolved = number(NUMBER.resolved);
    calls.push({
      sourceKey: packed.texts[t + TEXT.sourceKey]!,
      queue: packed.texts[t + TEXT.queue]!,
      agent: packed.texts[t + TEXT.agent]!,
      customer: packed.texts[t + TEXT.customer]!,
      arrivalAt: packed.numbers[n + NUMBER.arrivalAt]!,
      answerAt: number(NUMBER.answerAt),
      endAt: number(NUMBER.endAt),
      waitS: number(NUMBER.waitS),
      talkS: number(NUMBER.talkS),
      holdS: number(NUMBER.holdS),
      wrapS: number(NUMBER.wrapS),
      outcome: packed.numbers[n + NUMBER.answered] === 1 ? 'answered' : 'abandoned',
      ending: packed.texts[t + TEXT.ending]!,
      resolved: resolved === null ? null : resolved === 1 ? 1 : 0,
      csat: number(NUMBER.csat),
    });
  }
  return calls;
}
