import type { Command } from 'commander';
import { Option } from 'commander';
import { complaintCategories } from '../core/complaints/categories.js';
import type { ComplaintChange } from '../core/complaints/change.js';
import { SEVERITIES, type ComplaintStatus, type Severity } from '../core/complaints/complaint.js';
import { complaintCsv } from '../core/complaints/csv.js';
import { changeComplaint, complaintStories, complaintStory, recordComplaint } from '../core/complaints/ledger.js';
import { listComplaints } from '../core/complaints/list.js';
import { newComplaint } from '../core/complaints/new-complaint.js';
import { recurringComplaints } from '../core/complaints/recurring.js';
import { COMPLAINT_MEASURES, complaintStats, type ComplaintGrouping } from '../core/complaints/stats.js';
import { surgingCategories } from '../core/complaints/surge.js';
import { complaintTargets } from '../core/complaints/targets.js';
import { CHANNELS } from '../core/ledger/channel.js';
import { optionalText, verbatim } from '../core/ledger/text.js';
import { periodWindow } from '../core/ledger/window.js';
import { describePeriod, resolvePeriod } from '../core/time/period.js';
import { readSettings } from '../db/settings.js';
import { readTargets } from '../db/targets.js';
import { complaintJson, complaintRows, complaintStoryText } from '../io/render/complaints.js';
import { escapeControls } from '../io/render/document/sanitize.js';
import { renderRows } from '../io/render/index.js';
import { localIso, localTime } from '../io/render/instant.js';
import { renderJson } from '../io/render/json.js';
import { measuresTable } from '../io/render/measures.js';
import { surgeRows } from '../io/render/surges.js';
import type { CommandContext } from './context.js';
import { ledgerClock, operatingUser } from './ledger-clock.js';
import { askedWindow, atOption, byOption, changedAt, entryId, optionLabel, registerLedgerImport } from './ledger-command.js';
import { dbOption, formatOption, periodOptions, type CommonOptions, type PeriodFlags } from './options.js';

type ChangeOptions = CommonOptions & { by?: string; at?: string; note?: string; to?: string; resolution?: string; rootCause?: string };
const STATUSES = ['open', 'received', 'acknowledged', 'resolved', 'reopened', 'closed'] as const;

export function registerComplaint(program: Command, context: CommandContext): void {
  const complaint = program
    .command('complaint')
    .description('the complaints register (ISO 10002): record, acknowledge, resolve, close, and find what recurs');

  complaint
    .command('add')
    .description('record a complaint, verbatim; prints its id')
    .argument('<description>', "the complaint, in the customer's words")
    .requiredOption('--customer <id>', 'who complained (required)')
    .requiredOption('--category <category>', 'what it is about (required; matched case- and space-insensitively)')
    .addOption(new Option('--severity <severity>', 'how serious').choices(SEVERITIES).default('medium'))
    .addOption(new Option('--channel <channel>', 'how it came in').choices(CHANNELS))
    .option('--call <call-id>', 'the call it came in on')
    .option('--remedy <text>', 'what the customer asks for')
    .addOption(atOption('it was received'))
    .addOption(byOption())
    .addOption(dbOption())
    .action((description: string, options: CommonOptions & Record<string, string | undefined>) =>
      context.withStore(options, (db) => {
        const clock = ledgerClock(db, context.io);
        const id = recordComplaint(db, newComplaint({ ...options, receivedAt: options.at, description }, { ...clock, by: operatingUser(context.io), label: optionLabel }));
        context.out(`${id}\n`);
      }),
    );

  const list = complaint
    .command('list')
    .description('complaints in the order they were recorded; recurring ones say after which')
    .addOption(new Option('--status <status>', 'only this status (open = not yet resolved)').choices(STATUSES))
    .option('--category <category>', 'only this category')
    .addOption(new Option('--severity <severity>', 'only this severity').choices(SEVERITIES))
    .option('--customer <id>', "only this customer's")
    .option('--recurring', 'only recurring complaints');
  // A list is not limited to a period unless asked: only --from/--to apply.
  for (const option of periodOptions().filter((o) => o.long === '--from' || o.long === '--to')) list.addOption(option);
  list
    .addOption(dbOption())
    .addOption(formatOption(['table', 'json', 'csv', 'md']))
    .action(
      (options: CommonOptions & PeriodFlags & { status?: ComplaintStatus | 'open'; category?: string; severity?: Severity; customer?: string; recurring?: boolean }) =>
        context.readStore(options, (db) => {
          const clock = ledgerClock(db, context.io);
          const stories = listComplaints(db, { ...options, received: askedWindow(db, options, clock) }, clock.now);
          const format = options.format ?? 'table';
          context.out(renderRows(format, complaintRows(stories, clock.zone, format), context.terminal({})));
        }),
    );

  complaint
    .command('show')
    .description("one complaint's whole story, in order")
    .argument('<id>')
    .addOption(dbOption())
    .addOption(formatOption(['table', 'json']))
    .action((id: string, options: CommonOptions) =>
      context.readStore(options, (db) => {
        const clock = ledgerClock(db, context.io);
        const story = complaintStory(db, entryId(id, 'complaint'), clock.now);
        context.out(options.format === 'json' ? renderJson(complaintJson(story, clock.zone)) : escapeControls(complaintStoryText(story, clock.zone)));
      }),
    );

  const append = (id: string, options: ChangeOptions, change: ComplaintChange) =>
    context.withStore(options, (db) => {
      const clock = ledgerClock(db, context.io);
      const at = changedAt(options.at, clock);
      const story = changeComplaint(db, entryId(id, 'complaint'), change, options.by ?? operatingUser(context.io), at, (time) => localTime(time, clock.zone), clock.writtenAt);
      context.err(`Complaint ${story.complaint.id}: ${change.kind === 'note' ? 'note added' : change.kind === 'assign' ? `assigned to ${change.assignee}` : story.state.status}\n`);
    });
  const changeCommand = (name: string, description: string) =>
    complaint.command(name).description(description).argument('<id>').addOption(atOption('it happened')).addOption(byOption()).addOption(dbOption());
  const note = (options: ChangeOptions) => optionalText(options.note);

  changeCommand('ack', 'acknowledge receipt to the customer')
    .option('--note <text>', 'how it was acknowledged')
    .action((id: string, options: ChangeOptions) => append(id, options, { kind: 'ack', note: note(options) }));
  changeCommand('assign', 'give it to someone to investigate and resolve')
    .requiredOption('--to <owner>', 'who owns it from now (required)')
    .option('--note <text>', 'why')
    .action((id: string, options: ChangeOptions) => append(id, options, { kind: 'assign', assignee: verbatim(options.to, '--to').trim(), note: note(options) }));
  changeCommand('resolve', 'record the response that resolves it')
    .requiredOption('--resolution <text>', 'what was done or answered (required)')
    .option('--root-cause <text>', 'why it happened')
    .option('--note <text>', 'anything else')
    .action((id: string, options: ChangeOptions) =>
      append(id, options, { kind: 'resolve', resolution: verbatim(options.resolution, '--resolution'), rootCause: optionalText(options.rootCause), note: note(options) }),
    );
  changeCommand('reopen', 'reopen a resolved complaint (the customer is not satisfied)')
    .requiredOption('--note <why>', 'why (required)')
    .action((id: string, options: ChangeOptions) => append(id, options, { kind: 'reopen', note: verbatim(options.note, '--note') }));
  changeCommand('close', 'close a resolved complaint: final')
    .option('--note <text>', 'e.g. the customer accepted the resolution')
    .action((id: string, options: ChangeOptions) => append(id, options, { kind: 'close', note: note(options) }));
  changeCommand('note', "add a note to a complaint's story")
    .argument('<text>')
    .action((id: string, text: string, options: ChangeOptions) => append(id, options, { kind: 'note', note: verbatim(text, 'the note') }));

  complaint
    .command('categories')
    .description('categories with their complaint counts (case- and space-insensitive), most complaints first')
    .addOption(dbOption())
    .addOption(formatOption(['table', 'json', 'csv', 'md']))
    .action((options: CommonOptions) =>
      context.readStore(options, (db) => {
        const clock = ledgerClock(db, context.io);
        const format = options.format ?? 'table';
        const rows = complaintCategories(complaintStories(db, clock.now)).map((row) => ({
          category: row.category,
          complaints: row.complaints,
          open: row.open,
          last_received: format === 'table' || format === 'md' ? localTime(row.lastReceivedAt, clock.zone) : localIso(row.lastReceivedAt, clock.zone),
        }));
        const columns = [
          { key: 'category', header: 'category' },
          { key: 'complaints', header: 'complaints', align: 'right' as const },
          { key: 'open', header: 'open', align: 'right' as const },
          { key: 'last_received', header: 'last received' },
        ];
        context.out(renderRows(format, { columns, rows, empty: 'No complaints.' }, context.terminal({})));
      }),
    );

  complaint
    .command('recurring')
    .description('recurring complaints (open, or received in the recurring window) and surging categories')
    .addOption(dbOption())
    .addOption(formatOption(['table', 'json', 'md']))
    .action((options: CommonOptions) =>
      context.readStore(options, (db) => {
        const clock = ledgerClock(db, context.io);
        const days = readSettings(db).complaint_recurring_days;
        const recurring = recurringComplaints(complaintStories(db, clock.now), clock.now, days);
        const surges = surgingCategories(db, clock.now);
        if (options.format === 'json') {
          const complaints = recurring.map((story) => complaintJson(story, clock.zone));
          return context.out(renderJson({ recurring_days: days, complaints, surging: surgeRows(surges, 'json').rows }));
        }
        const format = options.format === 'md' ? 'md' : 'table';
        const heading = (text: string) => (format === 'md' ? `## ${text}\n\n` : `${text}\n`);
        context.out(heading(`Recurring complaints (same customer, same category within ${days} days)`));
        context.out(renderRows(format, { ...complaintRows(recurring, clock.zone, format), empty: 'None.' }, context.terminal({})));
        context.out(`\n${heading('Surging categories (last 7 days; Poisson upper tail against up to 8 weeks before, P < 0.01)')}`);
        context.out(renderRows(format, surgeRows(surges, format), context.terminal({})));
      }),
    );

  const stats = complaint
    .command('stats')
    .description('received, acknowledged, resolved, closed, reopened, backlog, times to acknowledge and resolve, within target, Pareto of categories')
    .addOption(new Option('--by <dimension>', 'one column per category, severity, channel or owner').choices(['category', 'severity', 'channel', 'owner']));
  for (const option of periodOptions()) stats.addOption(option);
  stats
    .addOption(dbOption())
    .addOption(formatOption())
    .action((options: CommonOptions & PeriodFlags & { by?: ComplaintGrouping }) =>
      context.readStore(options, (db) => {
        const clock = ledgerClock(db, context.io);
        const period = resolvePeriod(options, clock.zone.localDay(clock.now), readSettings(db).week_start);
        const statsContext = { now: clock.now, targets: complaintTargets(readTargets(db)) };
        const result = complaintStats(complaintStories(db, clock.now), periodWindow(period, clock.zone), statsContext, options.by);
        const format = options.format ?? 'table';
        if (format === 'json') {
          const groups = result.groups.map((group) => ({ key: { [options.by!]: group.key }, values: group.measures }));
          return context.out(renderJson({ period: { ...describePeriod(period), timezone: clock.zone.name }, totals: result.totals, groups, categories: result.pareto }));
        }
        const { from, to } = describePeriod(period);
        context.err(`Complaints received ${from} to ${to} (${clock.zone.name}); times in hours; backlog as of the period's end, or now if sooner\n`);
        context.out(renderRows(format, measuresTable(COMPLAINT_MEASURES, result.totals, result.groups, format), context.terminal({})));
        if (format === 'csv') return;
        const pareto = result.pareto.map((row) => ({ ...row, share: row.share.toFixed(3), cumulative_share: row.cumulative_share.toFixed(3) }));
        const columns = [
          { key: 'category', header: 'category' },
          { key: 'count', header: 'count', align: 'right' as const },
          { key: 'share', header: 'share', align: 'right' as const },
          { key: 'cumulative_share', header: 'cumulative', align: 'right' as const },
        ];
        context.out(`\n${renderRows(format, { columns, rows: pareto, empty: 'No complaints in the period.' }, context.terminal({}))}`);
      }),
    );

  registerLedgerImport(complaint, context, 'bulk entry from a CSV with a header: customer, category, description (optional: external_id, severity, channel, call, remedy, by, received_at)', complaintCsv);
}
