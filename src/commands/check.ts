import type { Command } from 'commander';
import { Option } from 'commander';
import { buildCheck } from '../core/check/check.js';
import { DEFAULT_STAFFING_MARGIN, parseStaffingMargin } from '../core/staffing/margin.js';
import '../core/ledger/target-kpis.js';
import { checkJson, renderCheckMarkdown, renderCheckText } from '../io/render/check.js';
import { now } from '../io/io.js';
import { renderJson } from '../io/render/json.js';
import type { CommandContext } from './context.js';
import { dbOption, type CommonOptions } from './options.js';

export function registerCheck(program: Command, context: CommandContext): void {
  program
    .command('check')
    .description('the one command for cron: every missed target, overdue promise, late or recurring complaint, surge and call-back')
    .addOption(new Option('--period <period>', 'the last complete day or week').choices(['weekly', 'daily']).default('weekly'))
    .option('--fail-on-breach', 'exit 2 when anything needs attention')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'md', 'json']).default('text'))
    .option('--staffing-margin <n|%>', 'report intervals with fewer agents seen than needed by more than this many agents, or percent of those needed', DEFAULT_STAFFING_MARGIN)
    .addOption(dbOption())
    .action((options: Omit<CommonOptions, 'format'> & { period: 'weekly' | 'daily'; failOnBreach?: boolean; format: 'text' | 'md' | 'json'; staffingMargin: string }) =>
      context.withStore(options, (db) => {
        const report = buildCheck(db, { period: options.period, now: now(context.io), staffingMargin: parseStaffingMargin(options.staffingMargin) });
        const render = { text: renderCheckText, md: renderCheckMarkdown, json: (r: typeof report) => renderJson(checkJson(r)) }[options.format];
        context.out(render(report));
        if (options.failOnBreach && report.attention > 0) context.exitCode = 2;
      }),
    );
}
