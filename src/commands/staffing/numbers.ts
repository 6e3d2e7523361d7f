import { UserError } from '../../errors.js';

/** A number option checked at the boundary: `--aht 0` and `--calls ten` stop before any work. */
export function numberOption(option: string, text: string | undefined, rule: { above?: number; atLeast?: number }): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text.trim());
  const ok = text.trim() !== '' && Number.isFinite(value) && (rule.above === undefined || value > rule.above) && (rule.atLeast === undefined || value >= rule.atLeast);
  if (!ok) throw new UserError(`${option} ${text} is not a number ${rule.above !== undefined ? `above ${rule.above}` : `of at least ${rule.atLeast}`}`);
  return value;
}
