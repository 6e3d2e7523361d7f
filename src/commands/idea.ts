import { Option, type Command } from 'commander';
import { addIdea, decideIdea, IDEA_STATUSES, ideas, type IdeaStatus } from '../core/listening/ideas.js';
import { optionalText } from '../core/ledger/text.js';
import { UserError } from '../errors.js';
import { renderRows } from '../io/render/index.js';
import { localIso, localTime } from '../io/render/instant.js';
import type { CommandContext } from './context.js';
import { ledgerClock, operatingUser } from './ledger-clock.js';
import { ideaAdded, ideaDecided } from '../io/render/views/confirmations/listening.js';
import { dbOption, formatOption, writeFormatOption, writeQuietOption, type CommonOptions, type WriteOptions } from './options.js';

export function registerIdea(program: Command, context: CommandContext): void {
  const idea = program.command('idea').description("employees' ideas for better service: proposed, then adopted or declined");

  idea
    .command('add')
    .description('write down an idea, verbatim; says its id (--quiet: only the id)')
    .argument('<idea>', 'in its author’s words')
    .requiredOption('--by <agent>', 'whose idea it is (required)')
    .addOption(dbOption())
    .addOption(writeFormatOption())
    .addOption(writeQuietOption())
    .action((text: string, options: WriteOptions & { by: string }) =>
      context.withStore(options, (db) => {
        const clock = ledgerClock(db, context.io);
        const id = addIdea(db, { author: options.by, idea: text }, { now: clock.now, by: operatingUser(context.io) });
        context.confirm(options, ideaAdded({ id, author: options.by.trim(), idea: text }));
      }),
    );

  for (const [name, status] of [
    ['adopt', 'adopted'],
    ['decline', 'declined'],
  ] as const) {
    idea
      .command(name)
      .description(`record that a proposed idea was ${status} (once: the decision stays on record)`)
      .argument('<id>')
      .option('--note <text>', 'why, or what comes next')
      .addOption(dbOption())
      .addOption(writeFormatOption())
      .addOption(writeQuietOption())
      .action((id: string, options: WriteOptions & { note?: string }) =>
        context.withStore(options, (db) => {
          if (!/^\d+$/.test(id.trim())) throw new UserError(`"${id}" is not an idea id`, 'svc idea list shows them');
          const clock = ledgerClock(db, context.io);
          const decided = decideIdea(db, Number(id), status, { now: clock.now, by: operatingUser(context.io), note: optionalText(options.note) });
          context.confirm(options, ideaDecided(decided, clock.zone));
        }),
      );
  }

  idea
    .command('list')
    .description('every idea, oldest first, with its status')
    .addOption(new Option('--status <status>', 'only those with this status').choices(IDEA_STATUSES))
    .addOption(dbOption())
    .addOption(formatOption(['table', 'json', 'csv', 'md']))
    .action((options: CommonOptions & { status?: IdeaStatus }) =>
      context.readStore(options, (db) => {
        const { zone } = ledgerClock(db, context.io);
        const format = options.format ?? 'table';
        const when = (at: number | null) => (at === null ? null : format === 'table' || format === 'md' ? localTime(at, zone) : localIso(at, zone));
        const rows = ideas(db, options.status).map((item) => ({
          id: item.id,
          proposed_at: when(item.proposedAt),
          author: item.author,
          idea: item.idea,
          status: item.status,
          decided_at: when(item.decidedAt),
          decided_by: item.decidedBy,
          note: item.note,
        }));
        const keys = ['id', 'proposed_at', 'author', 'idea', 'status', 'decided_at', 'decided_by', 'note'];
        const columns = keys.map((key) => ({ key, header: key.replace('_', ' '), align: key === 'id' ? ('right' as const) : undefined }));
        context.out(renderRows(format, { columns, rows, empty: 'No ideas recorded: add one with svc idea add --by AGENT "…".' }, context.terminal({})));
      }),
    );
}
