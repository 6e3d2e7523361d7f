import { Option } from 'commander';
import { SEVERITIES } from '../../core/complaints/complaint.js';
import { CHANNELS } from '../../core/ledger/channel.js';
import { argument, type CommandSpec } from '../declare.js';
import { ledgerChangeCommand } from '../ledger-change.js';
import { ledgerImportSpec } from '../ledger-import.js';
import { atOption, byOption, dbOption, formatOption, outOption, periodOptions, writeOptions } from '../options.js';

export const STATUSES = ['open', 'received', 'acknowledged', 'resolved', 'reopened', 'closed'] as const;

export const complaintCommand = (): CommandSpec => ({
  name: 'complaint',
  description: 'the complaints register (ISO 10002): record, acknowledge, resolve, close, and find what recurs',
  commands: [
    {
      name: 'add',
      description: 'record a complaint, verbatim; says its id, customer, category and severity (--quiet: only the id)',
      arguments: [argument('<description>', "the complaint, in the customer's words")],
      options: [
        new Option('--customer <id>', 'who complained (required)').makeOptionMandatory(),
        new Option('--category <category>', 'what it is about (required; matched case- and space-insensitively)').makeOptionMandatory(),
        new Option('--severity <severity>', 'how serious').choices(SEVERITIES).default('medium'),
        new Option('--channel <channel>', 'how it came in').choices(CHANNELS),
        new Option('--call <call-id>', 'the call it came in on'),
        new Option('--remedy <text>', 'what the customer asks for'),
        atOption('it was received'),
        byOption(),
        dbOption(),
        ...writeOptions(),
      ],
      examples: [
        'svc complaint add "Waited 40 minutes and was cut off" --customer +972541234567 --category "long wait" --severity high',
        'svc complaint add "Charged twice for October" --customer A-1093 --category billing --at "2026-11-16 09:30"',
      ],
      load: () => import('./add.js'),
    },
    {
      name: 'list',
      description: 'complaints in the order they were recorded; recurring ones say after which',
      options: [
        new Option('--status <status>', 'only this status (open = not yet resolved)').choices(STATUSES),
        new Option('--category <category>', 'only this category'),
        new Option('--severity <severity>', 'only this severity').choices(SEVERITIES),
        new Option('--customer <id>', "only this customer's"),
        new Option('--recurring', 'only recurring complaints'),
        // A list is not limited to a period unless asked: only --from/--to apply.
        ...periodOptions().filter((o) => o.long === '--from' || o.long === '--to'),
        dbOption(),
        formatOption(['table', 'json', 'csv', 'md']),
      ],
      examples: ['svc complaint list --status open', 'svc complaint list --from "30d ago" --category billing --format csv'],
      load: () => import('./list.js'),
    },
    {
      name: 'show',
      description: "one complaint's whole story, in order",
      arguments: [argument('<id>')],
      options: [dbOption(), formatOption(['table', 'json', 'md', 'html']), outOption()],
      examples: ['svc complaint show 7', 'svc complaint show 7 --format json', 'svc complaint show 7 --format html --out complaint-7.html'],
      load: () => import('./show.js'),
    },
    ledgerChangeCommand('ack', 'acknowledge receipt to the customer', [new Option('--note <text>', 'how it was acknowledged')], ['svc complaint ack 7 --note "called back, apologised"'], () => import('./ack.js')),
    ledgerChangeCommand(
      'assign',
      'give it to someone to investigate and resolve',
      [new Option('--to <owner>', 'who owns it from now (required)').makeOptionMandatory(), new Option('--note <text>', 'why')],
      ['svc complaint assign 7 --to Dana --note "billing team"'],
      () => import('./assign.js'),
    ),
    ledgerChangeCommand(
      'resolve',
      'record the response that resolves it',
      [new Option('--resolution <text>', 'what was done or answered (required)').makeOptionMandatory(), new Option('--root-cause <text>', 'why it happened'), new Option('--note <text>', 'anything else')],
      ['svc complaint resolve 7 --resolution "refunded the double charge" --root-cause "billing run repeated"'],
      () => import('./resolve.js'),
    ),
    ledgerChangeCommand('reopen', 'reopen a resolved complaint (the customer is not satisfied)', [new Option('--note <why>', 'why (required)').makeOptionMandatory()], ['svc complaint reopen 7 --note "refund never arrived"'], () => import('./reopen.js')),
    ledgerChangeCommand('close', 'close a resolved complaint: final', [new Option('--note <text>', 'e.g. the customer accepted the resolution')], ['svc complaint close 7 --note "customer confirmed by phone"'], () => import('./close.js')),
    ledgerChangeCommand('note', "add a note to a complaint's story", [], ['svc complaint note 7 "customer asked for a written answer"'], () => import('./note.js'), true),
    {
      name: 'categories',
      description: 'categories with their complaint counts (case- and space-insensitive), most complaints first',
      options: [dbOption(), formatOption(['table', 'json', 'csv', 'md'])],
      examples: ['svc complaint categories', 'svc complaint categories --format csv'],
      load: () => import('./categories.js'),
    },
    {
      name: 'recurring',
      description: 'recurring complaints (open, or received in the recurring window) and surging categories',
      options: [dbOption(), formatOption(['table', 'json', 'csv', 'md'])],
      examples: ['svc complaint recurring', 'svc complaint recurring --format csv > recurring.csv'],
      load: () => import('./recurring.js'),
    },
    {
      name: 'stats',
      description: 'received, acknowledged, resolved, closed, reopened, backlog, times to acknowledge and resolve, within target, Pareto of categories',
      options: [new Option('--by <dimension>', 'one column per category, severity, channel or owner').choices(['category', 'severity', 'channel', 'owner']), ...periodOptions(), dbOption(), formatOption()],
      examples: ['svc complaint stats --monthly', 'svc complaint stats --from "90d ago" --by category'],
      load: () => import('./stats.js'),
    },
    ledgerImportSpec(
      'bulk entry from a CSV with a header: customer, category, description (optional: external_id, severity, channel, call, remedy, by, received_at)',
      'complaint',
      () => import('./import.js'),
    ),
  ],
});
