import { Option } from 'commander';
import { CHANNELS } from '../../core/ledger/channel.js';
import { argument, type CommandSpec } from '../declare.js';
import { ledgerChangeCommand } from '../ledger-change.js';
import { ledgerImportSpec } from '../ledger-import.js';
import { atOption, byOption, dbOption, formatOption, outOption, periodOptions, writeOptions } from '../options.js';

export const commitCommand = (): CommandSpec => ({
  name: 'commit',
  description: 'the commitments ledger: every promise made to a customer, followed until it is kept',
  commands: [
    {
      name: 'add',
      description: 'write down a promise, verbatim; says its id, customer and due (--quiet: only the id)',
      arguments: [argument('<promise>', 'what was promised, in the words used')],
      options: [
        new Option('--customer <id>', 'the customer it was made to (required)').makeOptionMandatory(),
        new Option('--due <when>', 'by when (required): YYYY-MM-DD (the end of that day), YYYY-MM-DD HH:MM, tomorrow, +3d, "in 2 weeks", +48h, "next friday" …').makeOptionMandatory(),
        new Option('--owner <agent>', 'who must keep it'),
        new Option('--call <call-id>', 'the call it was made on'),
        new Option('--channel <channel>', 'how it was made').choices(CHANNELS),
        atOption('it was promised'),
        byOption(),
        dbOption(),
        ...writeOptions(),
      ],
      examples: ['svc commit add "Technician visit between 8 and 12" --customer +972541234567 --due "in 3d" --owner Dana', 'svc commit add "Refund of the double charge" --customer A-1093 --due 2026-12-01'],
      load: () => import('./add.js'),
    },
    {
      name: 'list',
      description: 'commitments in the order they were made',
      options: [
        new Option('--open', 'only those not yet kept, broken or cancelled'),
        new Option('--overdue', 'only open ones past their due'),
        new Option('--due-before <date>', 'only those due before this day (YYYY-MM-DD, tomorrow, +3d, "friday" …)'),
        new Option('--customer <id>', "only this customer's"),
        new Option('--owner <agent>', "only this owner's"),
        dbOption(),
        formatOption(['table', 'json', 'csv', 'md']),
      ],
      examples: ['svc commit list --open', 'svc commit list --due-before "in 7d" --owner Dana --format csv'],
      load: () => import('./list.js'),
    },
    {
      name: 'show',
      description: "one commitment's whole story, in order",
      arguments: [argument('<id>')],
      options: [dbOption(), formatOption(['table', 'json', 'md', 'html']), outOption()],
      examples: ['svc commit show 12', 'svc commit show 12 --format json', 'svc commit show 12 --format html --out promise-12.html'],
      load: () => import('./show.js'),
    },
    ledgerChangeCommand('keep', 'record that it was kept (on time or late: the original due decides)', [new Option('--note <text>', 'how it was kept')], ['svc commit keep 12 --note "technician came at 10:15"'], () => import('./keep.js')),
    ledgerChangeCommand('break', 'record that it was broken', [new Option('--note <why>', 'why it was not kept (required)').makeOptionMandatory()], ['svc commit break 12 --note "no technician free that week"'], () => import('./break.js')),
    ledgerChangeCommand('cancel', 'record that it no longer applies (still counts as not kept)', [new Option('--note <why>', 'why (required)').makeOptionMandatory()], ['svc commit cancel 12 --note "customer cancelled the order"'], () => import('./cancel.js')),
    ledgerChangeCommand(
      'extend',
      'agree a later due; the original stays on record and is the one measured',
      [new Option('--due <when>', 'the new due (required)').makeOptionMandatory(), new Option('--note <why>', 'why it moved (required)').makeOptionMandatory()],
      ['svc commit extend 12 --due "in 2d" --note "part on back order; customer agreed"'],
      () => import('./extend.js'),
    ),
    ledgerChangeCommand('note', "add a note to a commitment's story", [], ['svc commit note 12 "customer asked for a call the day before"'], () => import('./note.js'), true),
    {
      name: 'stats',
      description: 'made, due, kept on time or late, broken, cancelled, open and overdue; kept-on-time rate and lateness',
      options: [new Option('--by <dimension>', 'one column per owner or channel').choices(['owner', 'channel']), ...periodOptions(), dbOption(), formatOption()],
      examples: ['svc commit stats --monthly --by owner', 'svc commit stats --from "30d ago" --format json'],
      load: () => import('./stats.js'),
    },
    {
      name: 'overdue',
      description: 'open commitments past their due, the longest overdue first',
      options: [new Option('--fail-on-breach', 'exit 2 when there are any (for cron)'), dbOption(), formatOption(['table', 'json', 'csv', 'md'])],
      examples: ['svc commit overdue', 'svc commit overdue --fail-on-breach --format md'],
      load: () => import('./overdue.js'),
    },
    ledgerImportSpec('bulk entry from a CSV with a header: customer, due, promise (optional: external_id, owner, call, channel, by, made_at)', 'commit', () => import('./import.js')),
  ],
});
