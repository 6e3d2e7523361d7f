import { parseMinutes } from '../../core/staffing/interval.js';
import { assertOccupancy, assertShrinkage } from '../../core/staffing/model.js';
import { parseStaffingTarget } from '../../core/staffing/target-spec.js';
import { whatIf } from '../../core/staffing/what-if.js';
import { renderWhatIf } from '../../io/render/staffing.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';
import { numberOption } from './numbers.js';

interface ErlangOptions extends Omit<CommonOptions, 'db'> {
  calls: string;
  per: string;
  aht: string;
  target: string;
  patience?: string;
  maxOccupancy?: string;
  shrinkage?: string;
}

export function run(context: CommandContext, options: ErlangOptions) {
  const result = whatIf({
    calls: numberOption('--calls', options.calls, { atLeast: 0 })!,
    perS: parseMinutes(options.per, '--per') * 60,
    ahtS: numberOption('--aht', options.aht, { above: 0 })!,
    target: parseStaffingTarget(options.target),
    patienceS: numberOption('--patience', options.patience, { above: 0 }) ?? null,
    maxOccupancy: assertOccupancy(Number(options.maxOccupancy ?? '1'), options.maxOccupancy ?? '1'),
    shrinkage: options.shrinkage === undefined ? null : assertShrinkage(Number(options.shrinkage), options.shrinkage),
  });
  context.out(renderWhatIf(result, options.format ?? 'table', context.terminal({})));
}
