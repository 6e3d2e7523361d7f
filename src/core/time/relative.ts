import { UserError } from '../../errors.js';

/** A span from now or today whose direction the writer said: `-7d`, `+3d`, `7d ago`, `in 3 days`. */
export interface RelativeSpan {
  amount: number;
  unit: 'h' | 'd' | 'w';
}

const UNIT = '(h|hours?|d|days?|w|weeks?)';
const SIGNED = new RegExp(`^([+-])\\s*(\\d+)\\s*${UNIT}$`);
const AGO = new RegExp(`^(\\d+)\\s*${UNIT}\\s+ago$`);
const IN = new RegExp(`^in\\s+(\\d+)\\s*${UNIT}$`);
const UNSIGNED = new RegExp(`^(\\d+)\\s*${UNIT}$`);

export const RELATIVE_HINT = 'write -7d or "7d ago" for seven days ago, +3d or "in 3d" for three days from now (h hours, d days, w weeks)';

/** Reads a relative form, or returns undefined when the text is not one; a form without a direction is refused. */
export function parseRelative(value: string, what: string, written = value): RelativeSpan | undefined {
  const signed = SIGNED.exec(value);
  if (signed) return span(Number(signed[2]) * (signed[1] === '-' ? -1 : 1), signed[3]!);
  const ago = AGO.exec(value);
  if (ago) return span(-Number(ago[1]), ago[2]!);
  const ahead = IN.exec(value);
  if (ahead) return span(Number(ahead[1]), ahead[2]!);
  if (UNSIGNED.test(value)) throw new UserError(`${what} "${written}" does not say whether it is ahead or ago`, RELATIVE_HINT);
  return undefined;
}

function span(amount: number, unit: string): RelativeSpan {
  return { amount, unit: unit[0] as RelativeSpan['unit'] };
}
