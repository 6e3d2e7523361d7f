import { buildCheck } from '../../core/check/check.js';
import { parseStaffingMargin } from '../../core/staffing/margin.js';
import { checkView } from '../../io/render/check.js';
import { renderTerminal } from '../../io/render/document/terminal.js';
import { NO_PAINT } from '../../io/render/document/terminal-table.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';
import { sessionMessages } from '../session-language.js';

/** Cron mails the text: it must read well in an e-mail body, so no line is wider than this. */
const MAIL_WIDTH = 80;

type CheckOptions = Omit<CommonOptions, 'format'> & { lang?: string; period: 'weekly' | 'daily'; failOnBreach?: boolean; format: 'text' | 'md' | 'json' | 'html'; out?: string; staffingMargin: string };

export function run(context: CommandContext, options: CheckOptions) {
  return context.readSession(options, async ({ store: db, at, settings }) => {
    const report = buildCheck(db, { period: options.period, now: at, staffingMargin: parseStaffingMargin(options.staffingMargin) });
    const document = checkView(report, sessionMessages(options.lang, settings, context.io));
    if (options.format === 'text') context.out(renderTerminal(document, { width: MAIL_WIDTH, borders: false, paint: NO_PAINT }));
    else await context.print(document, options.format, { ...options, color: false });
    if (options.failOnBreach && report.attention > 0) context.exitCode = 2;
  });
}
