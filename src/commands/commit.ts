import type { Command } from 'commander';
import { Option } from 'commander';
import type { CommitmentChange } from '../core/commitments/change.js';
import { commitmentCsv } from '../core/commitments/csv.js';
import { changeCommitment, commitmentStory, recordCommitment } from '../core/commitments/ledger.js';
import { listCommitments, overdueCommitments } from '../core/commitments/list.js';
import { newCommitment } from '../core/commitments/new-commitment.js';
import { COMMITMENT_MEASURES, commitmentStats } from '../core/commitments/stats.js';
import { CHANNELS } from '../core/ledger/channel.js';
import { verbatim } from '../core/ledger/text.js';
import { periodWindow } from '../core/ledger/window.js';
import { describePeriod, resolvePeriod } from '../core/time/period.js';
import { parseWhen } from '../core/time/when.js';
import { readSettings } from '../db/settings.js';
import { commitmentJson, commitmentRows, commitmentStoryText } from '../io/render/commitments.js';
import { escapeControls } from '../io/render/document/sanitize.js';
import { renderRows } from '../io/render/index.js';
import { localTime } from '../io/render/instant.js';
import { renderJson } from '../io/render/json.js';
import { measuresTable } from '../io/render/measures.js';
import type { CommandContext } from './context.js';
import { ledgerClock, operatingUser, type LedgerClock } from './ledger-clock.js';
import { atOption, byOption, changedAt, entryId, optionLabel, registerLedgerImport } from './ledger-command.js';
import { dbOption, formatOption, periodOptions, type CommonOptions, type PeriodFlags } from './options.js';

type ChangeOptions = CommonOptions & { note?: string; due?: string; by?: string; at?: string };

export function registerCommit(program: Command, context: CommandContext): void {
  const commit = program.command('commit').description('the commitments ledger: every promise made to a customer, followed until it is kept');

  commit
    .command('add')
    .description('write down a promise, verbatim; prints its id')
    .argument('<promise>', 'what was promised, in the words used')
    .requiredOption('--customer <id>', 'the customer it was made to (required)')
    .requiredOption('--due <when>', 'by when (required): YYYY-MM-DD (the end of that day), YYYY-MM-DD HH:MM, tomorrow, +3d, "in 2 weeks", +48h, "next friday" …')
    .option('--owner <agent>', 'who must keep it')
    .option('--call <call-id>', 'the call it was made on')
    .addOption(new Option('--channel <channel>', 'how it was made').choices(CHANNELS))
    .addOption(atOption('it was promised'))
    .addOption(byOption())
    .addOption(dbOption())
    .action((promise: string, options: CommonOptions & Record<string, string | undefined>) =>
      context.withStore(options, (db) => {
        const clock = ledgerClock(db, context.io);
        const id = recordCommitment(db, newCommitment({ ...options, madeAt: options.at, promise }, { ...clock, by: operatingUser(context.io), label: optionLabel }));
        context.out(`${id}\n`);
      }),
    );

  commit
    .command('list')
    .description('commitments in the order they were made')
    .option('--open', 'only those not yet kept, broken or cancelled')
    .option('--overdue', 'only open ones past their due')
    .option('--due-before <date>', 'only those due before this day (YYYY-MM-DD, tomorrow, +3d, "friday" …)')
    .option('--customer <id>', "only this customer's")
    .option('--owner <agent>', "only this owner's")
    .addOption(dbOption())
    .addOption(formatOption(['table', 'json', 'csv', 'md']))
    .action((options: CommonOptions & { open?: boolean; overdue?: boolean; dueBefore?: string; customer?: string; owner?: string }) =>
      context.readStore(options, (db) => {
        const clock = ledgerClock(db, context.io);
        const dueBefore = options.dueBefore === undefined ? undefined : parseWhen(options.dueBefore, { ...clock, dayEdge: 'start', direction: 'future', what: '--due-before' });
        const format = options.format ?? 'table';
        context.out(renderRows(format, commitmentRows(listCommitments(db, { ...options, dueBefore }, clock.now), clock.zone, format), context.terminal({})));
      }),
    );

  commit
    .command('show')
    .description("one commitment's whole story, in order")
    .argument('<id>')
    .addOption(dbOption())
    .addOption(formatOption(['table', 'json']))
    .action((id: string, options: CommonOptions) =>
      context.readStore(options, (db) => {
        const clock = ledgerClock(db, context.io);
        const story = commitmentStory(db, entryId(id, 'commitment'), clock.now);
        context.out(options.format === 'json' ? renderJson(commitmentJson(story, clock.zone)) : escapeControls(commitmentStoryText(story, clock.zone)));
      }),
    );

  const append = (id: string, options: ChangeOptions, change: (clock: LedgerClock) => CommitmentChange) =>
    context.withStore(options, (db) => {
      const clock = ledgerClock(db, context.io);
      const at = changedAt(options.at, clock);
      const story = changeCommitment(db, entryId(id, 'commitment'), change(clock), options.by ?? operatingUser(context.io), at, (time) => localTime(time, clock.zone), clock.writtenAt);
      const last = story.events.at(-1)!;
      context.err(`Commitment ${story.commitment.id}: ${last.kind === 'note' ? 'note added' : last.kind === 'extend' ? 'extended' : story.state.status}\n`);
    });
  const changeCommand = (name: string, description: string) =>
    commit.command(name).description(description).argument('<id>').addOption(atOption('it happened')).addOption(byOption()).addOption(dbOption());

  changeCommand('keep', 'record that it was kept (on time or late: the original due decides)')
    .option('--note <text>', 'how it was kept')
    .action((id: string, options: ChangeOptions) => append(id, options, () => ({ kind: 'keep', note: options.note?.trim() ? options.note : null })));
  changeCommand('break', 'record that it was broken')
    .requiredOption('--note <why>', 'why it was not kept (required)')
    .action((id: string, options: ChangeOptions) => append(id, options, () => ({ kind: 'break', note: verbatim(options.note, '--note') })));
  changeCommand('cancel', 'record that it no longer applies (still counts as not kept)')
    .requiredOption('--note <why>', 'why (required)')
    .action((id: string, options: ChangeOptions) => append(id, options, () => ({ kind: 'cancel', note: verbatim(options.note, '--note') })));
  changeCommand('extend', 'agree a later due; the original stays on record and is the one measured')
    .requiredOption('--due <when>', 'the new due (required)')
    .requiredOption('--note <why>', 'why it moved (required)')
    .action((id: string, options: ChangeOptions) =>
      append(id, options, (clock) => ({
        kind: 'extend',
        dueAt: parseWhen(options.due!, { ...clock, dayEdge: 'end', direction: 'future', what: '--due' }),
        note: verbatim(options.note, '--note'),
      })),
    );
  changeCommand('note', "add a note to a commitment's story")
    .argument('<text>')
    .action((id: string, text: string, options: ChangeOptions) => append(id, options, () => ({ kind: 'note', note: verbatim(text, 'the note') })));

  const stats = commit
    .command('stats')
    .description('made, due, kept on time or late, broken, cancelled, open and overdue; kept-on-time rate and lateness')
    .addOption(new Option('--by <dimension>', 'one column per owner or channel').choices(['owner', 'channel']));
  for (const option of periodOptions()) stats.addOption(option);
  stats
    .addOption(dbOption())
    .addOption(formatOption())
    .action((options: CommonOptions & PeriodFlags & { by?: 'owner' | 'channel' }) =>
      context.readStore(options, (db) => {
        const clock = ledgerClock(db, context.io);
        const period = resolvePeriod(options, clock.zone.localDay(clock.now), readSettings(db).week_start);
        const result = commitmentStats(listCommitments(db, {}, clock.now), periodWindow(period, clock.zone), options.by);
        const format = options.format ?? 'table';
        if (format === 'json') {
          const groups = result.groups.map((group) => ({ key: { [options.by!]: group.key }, values: group.measures }));
          return context.out(renderJson({ period: { ...describePeriod(period), timezone: clock.zone.name }, totals: result.totals, groups }));
        }
        const { from, to } = describePeriod(period);
        context.err(`Commitments due ${from} to ${to} (${clock.zone.name}); "made" counts those made in the period\n`);
        context.out(renderRows(format, measuresTable(COMMITMENT_MEASURES, result.totals, result.groups, format), context.terminal({})));
      }),
    );

  commit
    .command('overdue')
    .description('open commitments past their due, the longest overdue first')
    .option('--fail-on-breach', 'exit 2 when there are any (for cron)')
    .addOption(dbOption())
    .addOption(formatOption(['table', 'json', 'csv', 'md']))
    .action((options: CommonOptions & { failOnBreach?: boolean }) =>
      context.readStore(options, (db) => {
        const clock = ledgerClock(db, context.io);
        const overdue = overdueCommitments(db, clock.now);
        const format = options.format ?? 'table';
        context.out(renderRows(format, { ...commitmentRows(overdue, clock.zone, format), empty: 'No overdue commitments.' }, context.terminal({})));
        if (options.failOnBreach && overdue.length > 0) context.exitCode = 2;
      }),
    );

  registerLedgerImport(commit, context, 'bulk entry from a CSV with a header: customer, due, promise (optional: external_id, owner, call, channel, by, made_at)', commitmentCsv);
}
