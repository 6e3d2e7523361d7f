import type { NormalisedCall } from '../../src/core/call.js';
import { NUMBER, NUMBER_FIELDS, TEXT, TEXT_FIELDS } from '../../src/core/import/call-batch.js';
import type { PackedCalls } from '../../src/core/import/call-packer.js';

/** Calls written flat by a CallPacker, back as objects, as a reader of single calls sees them. */
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
