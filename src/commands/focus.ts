import { Option, type Command } from 'commander';
import { addFocusFinding, addFocusGroup, focusGroups, POLARITIES, type Polarity } from '../core/listening/focus.js';
import { resolvePeriod } from '../core/time/period.js';
import { readSettings } from '../db/settings.js';
import { UserError } from '../errors.js';
import { renderRows, type Cell } from '../io/render/index.js';
import type { CommandContext } from './context.js';
import { ledgerClock, operatingUser } from './ledger-clock.js';
import { focusFindingAdded, focusGroupAdded } from '../io/render/views/confirmations/listening.js';
import { dbOption, formatOption, periodOptions, writeFormatOption, writeQuietOption, type CommonOptions, type PeriodFlags, type WriteOptions } from './options.js';

export function registerFocus(program: Command, context: CommandContext): void {
  const focus = program.command('focus').description('focus groups: when, on what, how many took part, and their findings verbatim');
  const recorder = (db: Parameters<typeof ledgerClock>[0]) => {
    const clock = ledgerClock(db, context.io);
    return { now: clock.now, today: clock.zone.localDay(clock.now), by: operatingUser(context.io) };
  };

  focus
    .command('add')
    .description('record a focus group once it has been held; says its id (--quiet: only the id)')
    .requiredOption('--date <date>', 'the day it was held (required): YYYY-MM-DD, today, yesterday, Nd')
    .requiredOption('--topic <topic>', 'what it was about (required)')
    .requiredOption('--participants <n>', 'how many took part (required)')
    .addOption(dbOption())
    .addOption(writeFormatOption())
    .addOption(writeQuietOption())
    .action((options: WriteOptions & { date: string; topic: string; participants: string }) =>
      context.withStore(options, (db) => context.confirm(options, focusGroupAdded({ ...addFocusGroup(db, options, recorder(db)), topic: options.topic }))),
    );

  focus
    .command('finding')
    .description("add a finding to a focus group, in the participants' words; says its id (--quiet: only the id)")
    .argument('<group-id>', 'the focus group (svc focus list)')
    .argument('<finding>', 'verbatim')
    .addOption(new Option('--polarity <polarity>', 'something they liked (a strength) or did not (a weakness) (required)').choices(POLARITIES).makeOptionMandatory())
    .addOption(dbOption())
    .addOption(writeFormatOption())
    .addOption(writeQuietOption())
    .action((groupId: string, finding: string, options: WriteOptions & { polarity: Polarity }) =>
      context.withStore(options, (db) => {
        if (!/^\d+$/.test(groupId.trim())) throw new UserError(`"${groupId}" is not a focus group id`, 'svc focus list shows them');
        const id = addFocusFinding(db, Number(groupId), options.polarity, finding, recorder(db));
        context.confirm(options, focusFindingAdded({ id, groupId: Number(groupId), polarity: options.polarity, finding }));
      }),
    );

  const list = focus.command('list').description('focus groups and their findings, one row per finding, oldest first (default: all)');
  for (const option of periodOptions()) list.addOption(option);
  list
    .addOption(dbOption())
    .addOption(formatOption(['table', 'json', 'csv', 'md']))
    .action((options: CommonOptions & PeriodFlags) =>
      context.readStore(options, (db) => {
        const { today } = recorder(db);
        const asked = options.daily || options.weekly || options.monthly || options.from !== undefined || options.to !== undefined;
        const period = asked ? resolvePeriod(options, today, readSettings(db).week_start) : null;
        const rows = focusGroups(db, period?.fromDay ?? null, period?.toDay ?? null).flatMap(({ group, findings }): Record<string, Cell>[] => {
          const base = { group: group.id, date: group.heldDay, topic: group.topic, participants: group.participants };
          if (findings.length === 0) return [{ ...base, finding_id: null, polarity: null, finding: null }];
          return findings.map((finding) => ({ ...base, finding_id: finding.id, polarity: finding.polarity, finding: finding.finding }));
        });
        const keys = ['group', 'date', 'topic', 'participants', 'finding_id', 'polarity', 'finding'];
        const columns = keys.map((key) => ({ key, header: key === 'finding_id' ? 'finding id' : key, align: ['group', 'participants', 'finding_id'].includes(key) ? ('right' as const) : undefined }));
        context.out(renderRows(options.format ?? 'table', { columns, rows, empty: 'No focus groups recorded: add one with svc focus add.' }, context.terminal({})));
      }),
    );
}
