import type { SumCondition, SumDeclaration, SumField } from './sums.js';

/** A call as it is summed; NaN stands for a missing number. */
export interface SummedCall {
  answered: boolean;
  waitS: number;
  talkS: number;
  holdS: number;
  wrapS: number;
  /** 1, 0 or NaN. */
  resolved: number;
  csat: number;
  customerKnown: boolean;
}

export interface SumThresholds {
  slThresholdS: number;
  shortAbandonS: number;
}

const CONDITIONS: readonly SumCondition[] = [
  'answered', 'abandoned', 'waitKnown', 'waitWithinT', 'waitBelowS', 'waitAtLeastS', 'talkKnown',
  'holdKnown', 'resolvedKnown', 'resolved', 'csatKnown', 'csatTop2', 'customerKnown', 'repeat',
];
const BIT = Object.fromEntries(CONDITIONS.map((condition, index) => [condition, 1 << index])) as Record<SumCondition, number>;

const known = (value: number) => !Number.isNaN(value);
const part = (value: number) => (Number.isNaN(value) ? 0 : value);

/**
 * The conditions a call meets, one bit each; comparisons with NaN are false, as with NULL in
 * SQL. `repeat` is never met here: it is known only once the customer's next call is stored.
 */
function conditionsMet(call: SummedCall, thresholds: SumThresholds): number {
  let bits = call.answered ? BIT.answered : BIT.abandoned;
  if (known(call.waitS)) bits |= BIT.waitKnown;
  if (call.waitS <= thresholds.slThresholdS) bits |= BIT.waitWithinT;
  if (call.waitS < thresholds.shortAbandonS) bits |= BIT.waitBelowS;
  if (call.waitS >= thresholds.shortAbandonS) bits |= BIT.waitAtLeastS;
  if (known(call.talkS)) bits |= BIT.talkKnown;
  if (known(call.holdS)) bits |= BIT.holdKnown;
  if (known(call.resolved)) bits |= BIT.resolvedKnown;
  if (call.resolved === 1) bits |= BIT.resolved;
  if (known(call.csat)) bits |= BIT.csatKnown;
  if (call.csat >= 4) bits |= BIT.csatTop2;
  if (call.customerKnown) bits |= BIT.customerKnown;
  return bits;
}

function fieldValue(call: SummedCall, field: SumField): number {
  switch (field) {
    case 'wait':
      return call.waitS;
    case 'talk':
      return call.talkS;
    case 'hold':
      return call.holdS;
    case 'handle':
      return part(call.talkS) + part(call.holdS) + part(call.wrapS);
    case 'csat':
      return call.csat;
  }
}

/**
 * Adds calls to running sums laid out in the order of the declarations it is made with (NaN
 * for a maximum not yet seen): the import's side of the declaration whose SQL side is
 * src/db/rollup-sql.ts. A test holds the two to agreement. The sums of many groups lie one
 * after another in one Float64Array, so that adding to them allocates nothing: an import adds
 * every call to two of them.
 */
export class CallSummer {
  private readonly required: Int32Array;
  /** What each declaration adds: 0 a count, 1 a sum, 2 a maximum; and the field it reads. */
  private readonly takes: Uint8Array;
  private readonly fields: readonly (SumField | undefined)[];

  constructor(
    private readonly declarations: readonly SumDeclaration[],
    private readonly thresholds: SumThresholds,
  ) {
    this.required = Int32Array.from(declarations, (sum) => sum.when.reduce((bits, condition) => bits | BIT[condition], 0));
    this.takes = Uint8Array.from(declarations, (sum) => (sum.take === 'count' ? 0 : sum.take === 'sum' ? 1 : 2));
    this.fields = declarations.map((sum) => sum.field);
  }

  /** How many numbers one group's sums take. */
  get width(): number {
    return this.declarations.length;
  }

  empty(): Float64Array {
    return Float64Array.from(this.declarations, (sum) => (sum.take === 'max' ? NaN : 0));
  }

  /** Adds the call to the sums that start at `at`. */
  add(sums: Float64Array, at: number, call: SummedCall): void {
    const met = conditionsMet(call, this.thresholds);
    const required = this.required;
    const takes = this.takes;
    for (let index = 0; index < required.length; index++) {
      const needs = required[index]!;
      if ((met & needs) !== needs) continue;
      const take = takes[index]!;
      if (take === 0) {
        sums[at + index]! += 1;
        continue;
      }
      const value = fieldValue(call, this.fields[index]!);
      if (Number.isNaN(value)) continue;
      const current = sums[at + index]!;
      sums[at + index] = take === 1 ? current + value : Number.isNaN(current) ? value : Math.max(current, value);
    }
  }
}
