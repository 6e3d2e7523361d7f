import type { Command } from 'commander';
import { Option } from 'commander';
import { buildCheck } from '../core/check/check.js';
import { DEFAULT_STAFFING_MARGIN, parseStaffingMargin } from '../core/staffing/margin.js';
import { checkView } from '../io/render/check.js';
import { now } from '../io/io.js';
import { renderTerminal } from '../io/render/document/terminal.js';
import { NO_PAINT } from '../io/render/document/terminal-table.js';
import type { CommandContext } from './context.js';
import { dbOption, outOption, type CommonOptions } from './options.js';

/** Cron mails the text: it must read well in an e-mail body, so no line is wider than this. */
const MAIL_WIDTH = 80;

export function registerCheck(program: Command, context: CommandContext): void {
  program
    .command('check')
    .description('the one command for cron: every missed target, overdue promise, late or recurring complaint, surge and call-back')
    .addOption(new Option('--period <period>', 'the last complete day or week').choices(['weekly', 'daily']).default('weekly'))
    .option('--fail-on-breach', 'exit 2 when anything needs attention')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'md', 'json', 'html']).default('text'))
    .option('--staffing-margin <n|%>', 'report intervals with fewer agents seen than needed by more than this many agents, or percent of those needed', DEFAULT_STAFFING_MARGIN)
    .addOption(outOption())
    .addOption(dbOption())
    .action((options: Omit<CommonOptions, 'format'> & { period: 'weekly' | 'daily'; failOnBreach?: boolean; format: 'text' | 'md' | 'json' | 'html'; out?: string; staffingMargin: string }) =>
      context.readStore(options, async (db) => {
        const report = buildCheck(db, { period: options.period, now: now(context.io), staffingMargin: parseStaffingMargin(options.staffingMargin) });
        const document = checkView(report);
        if (options.format === 'text') context.out(renderTerminal(document, { width: MAIL_WIDTH, borders: false, paint: NO_PAINT }));
        else await context.print(document, options.format, { ...options, color: false });
        if (options.failOnBreach && report.attention > 0) context.exitCode = 2;
      }),
    );
}
