import { Option } from 'commander';
import { INTERVAL_CHOICES } from '../../core/staffing/interval.js';
import { TARGET_SPEC_EXAMPLES } from '../../core/staffing/target-spec.js';
import type { CommandSpec } from '../declare.js';
import { dbOption, formatOption, periodOptions } from '../options.js';

export const staffingCommand = (): CommandSpec => ({
  name: 'staffing',
  description: 'agents needed per interval from the log (Erlang C or A), against the agents seen answering',
  options: [
    ...periodOptions(),
    new Option('--queue <name>', "one queue only (default: every queue's calls together)"),
    new Option('--interval <length>', `staffing interval: ${INTERVAL_CHOICES.join(', ')}`).default('30m'),
    new Option('--target <spec>', `what the agents must achieve: ${TARGET_SPEC_EXAMPLES} (default: the charter's)`),
    new Option('--model <model>', 'Erlang C, or Erlang A with patience estimated from the log').choices(['erlang-c', 'erlang-a']).default('erlang-c'),
    new Option('--shrinkage <f>', 'share of paid time off the phones: adds the agents to schedule'),
    new Option('--typical', "a typical week: each weekday and time averaged over the period's weeks"),
    formatOption(),
    dbOption(),
  ],
  examples: ['svc staffing --weekly --interval 15m', "svc staffing --from '28d ago' --typical --model erlang-a --format csv > next-week.csv"],
  load: () => import('./from-log.js'),
  commands: [
    {
      name: 'erlang',
      description: 'what-if calculator: agents needed for typed-in traffic (Erlang C, or Erlang A with --patience)',
      options: [
        new Option('--calls <n>', 'calls arriving in each --per').makeOptionMandatory(),
        new Option('--per <length>', 'the length of time the calls arrive in (minutes that divide an hour, e.g. 15m, 30m, 60m)').default('30m'),
        new Option('--aht <seconds>', 'average handle time: talk + hold + wrap-up').makeOptionMandatory(),
        new Option('--target <spec>', `what the agents must achieve: ${TARGET_SPEC_EXAMPLES}`).makeOptionMandatory(),
        new Option('--patience <seconds>', "callers' mean patience: switches to Erlang A, in which callers abandon"),
        new Option('--max-occupancy <f>', 'the largest share of time agents may spend on calls, in (0, 1]').default('1'),
        new Option('--shrinkage <f>', 'share of paid time off the phones (breaks, training): adds agents_scheduled'),
        formatOption(),
      ],
      examples: [
        "svc staffing erlang --calls 100 --per 30m --aht 180 --target 'service_level>=0.8@20s'",
        "svc staffing erlang --calls 100 --aht 180 --patience 120 --target 'abandon_rate<=0.05' --shrinkage 0.3",
      ],
      load: () => import('./erlang.js'),
    },
  ],
});
