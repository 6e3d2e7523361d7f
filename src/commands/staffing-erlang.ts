import type { Command } from 'commander';
import { parseMinutes } from '../core/staffing/interval.js';
import { assertOccupancy, assertShrinkage } from '../core/staffing/model.js';
import { parseStaffingTarget, TARGET_SPEC_EXAMPLES } from '../core/staffing/target-spec.js';
import { whatIf } from '../core/staffing/what-if.js';
import { renderWhatIf } from '../io/render/staffing.js';
import type { CommandContext } from './context.js';
import { formatOption, type CommonOptions } from './options.js';
import { numberOption } from './staffing-numbers.js';

interface ErlangOptions extends Omit<CommonOptions, 'db'> {
  calls: string;
  per: string;
  aht: string;
  target: string;
  patience?: string;
  maxOccupancy?: string;
  shrinkage?: string;
}

export function registerStaffingErlang(staffing: Command, context: CommandContext): void {
  staffing
    .command('erlang')
    .description('what-if calculator: agents needed for typed-in traffic (Erlang C, or Erlang A with --patience)')
    .requiredOption('--calls <n>', 'calls arriving in each --per')
    .option('--per <length>', 'the length of time the calls arrive in (minutes that divide an hour, e.g. 15m, 30m, 60m)', '30m')
    .requiredOption('--aht <seconds>', 'average handle time: talk + hold + wrap-up')
    .requiredOption('--target <spec>', `what the agents must achieve: ${TARGET_SPEC_EXAMPLES}`)
    .option('--patience <seconds>', "callers' mean patience: switches to Erlang A, in which callers abandon")
    .option('--max-occupancy <f>', 'the largest share of time agents may spend on calls, in (0, 1]', '1')
    .option('--shrinkage <f>', 'share of paid time off the phones (breaks, training): adds agents_scheduled')
    .addOption(formatOption())
    .addHelpText('after', "\nExamples:\n  svc staffing erlang --calls 100 --per 30m --aht 180 --target 'service_level>=0.8@20s'\n  svc staffing erlang --calls 100 --aht 180 --patience 120 --target 'abandon_rate<=0.05' --shrinkage 0.3")
    .action((options: ErlangOptions) => {
      const result = whatIf({
        calls: numberOption('--calls', options.calls, { atLeast: 0 })!,
        perS: parseMinutes(options.per, '--per') * 60,
        ahtS: numberOption('--aht', options.aht, { above: 0 })!,
        target: parseStaffingTarget(options.target),
        patienceS: numberOption('--patience', options.patience, { above: 0 }) ?? null,
        maxOccupancy: assertOccupancy(Number(options.maxOccupancy ?? '1'), options.maxOccupancy ?? '1'),
        shrinkage: options.shrinkage === undefined ? null : assertShrinkage(Number(options.shrinkage), options.shrinkage),
      });
      context.out(renderWhatIf(result, options.format ?? 'table', context.borders()));
    });
}
