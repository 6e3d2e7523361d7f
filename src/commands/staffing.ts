import { Option, type Command } from 'commander';
import { chooseStaffingTarget } from '../core/staffing/charter-target.js';
import { INTERVAL_CHOICES, parseInterval } from '../core/staffing/interval.js';
import { staffFromLog } from '../core/staffing/log-staffing.js';
import { assertShrinkage } from '../core/staffing/model.js';
import type { ModelName } from '../core/staffing/prediction.js';
import { TARGET_SPEC_EXAMPLES } from '../core/staffing/target-spec.js';
import { reportPeriod } from '../core/report/period.js';
import { readSettings } from '../db/settings.js';
import { now } from '../io/io.js';
import { renderStaffing } from '../io/render/staffing.js';
import type { CommandContext } from './context.js';
import { dbOption, formatOption, periodOptions, type CommonOptions, type PeriodFlags } from './options.js';
import { registerStaffingErlang } from './staffing-erlang.js';

interface StaffingOptions extends CommonOptions, PeriodFlags {
  queue?: string;
  interval: string;
  target?: string;
  model: ModelName;
  shrinkage?: string;
  typical?: boolean;
}

export function registerStaffing(program: Command, context: CommandContext): void {
  const command = program
    .command('staffing')
    .description('agents needed per interval from the log (Erlang C or A), against the agents seen answering');
  for (const option of periodOptions()) command.addOption(option);
  command
    .option('--queue <name>', "one queue only (default: every queue's calls together)")
    .option('--interval <length>', `staffing interval: ${INTERVAL_CHOICES.join(', ')}`, '30m')
    .option('--target <spec>', `what the agents must achieve: ${TARGET_SPEC_EXAMPLES} (default: the charter's)`)
    .addOption(new Option('--model <model>', 'Erlang C, or Erlang A with patience estimated from the log').choices(['erlang-c', 'erlang-a']).default('erlang-c'))
    .option('--shrinkage <f>', 'share of paid time off the phones: adds the agents to schedule')
    .option('--typical', "a typical week: each weekday and time averaged over the period's weeks")
    .addOption(formatOption())
    .addOption(dbOption())
    .addHelpText('after', "\nExamples:\n  svc staffing --weekly --interval 15m\n  svc staffing --from '28d ago' --typical --model erlang-a --format csv > next-week.csv")
    .action((options: StaffingOptions) => {
      const intervalMin = parseInterval(options.interval);
      const shrinkage = options.shrinkage === undefined ? null : assertShrinkage(Number(options.shrinkage), options.shrinkage);
      return context.withStore(options, (db) => {
        const settings = readSettings(db);
        const period = reportPeriod(options, settings, now(context.io));
        const { target, source } = chooseStaffingTarget(db, settings, options.target);
        const result = staffFromLog(db, settings, { period, intervalMin, queue: options.queue, target, targetSource: source, model: options.model, shrinkage, typical: options.typical === true });
        context.out(renderStaffing(result, options.format ?? 'table', context.borders()));
      });
    });
  registerStaffingErlang(command, context);
}
