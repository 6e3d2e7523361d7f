import type { Command } from 'commander';
import { changeFlag, mergeCustomers, recordWow, unmergeCustomers } from '../core/customers/customer-changes.js';
import { customerView } from '../core/customers/customer-view.js';
import { FLAGS } from '../core/customers/flags.js';
import { customerViewJson, renderCustomerView } from '../io/render/customer-view.js';
import { renderJson } from '../io/render/json.js';
import { customerShowView } from '../io/render/views/customer.js';
import type { CommandContext } from './context.js';
import { asOfOption, customerClock } from './customer-clock.js';
import { byOption } from './ledger-command.js';
import { operatingUser } from './ledger-clock.js';
import { dbOption, formatOption, outOption, type CommonOptions } from './options.js';

type WhoOptions = CommonOptions & { by?: string; reason?: string };

export function registerCustomer(program: Command, context: CommandContext): void {
  const customer = program.command('customer').description('one customer: everything the store knows, merges, flags and WOW moments (docs/customers.md)');
  const who = (options: WhoOptions, now: number) => ({ at: now, by: options.by ?? operatingUser(context.io), reason: options.reason });

  customer
    .command('show')
    .description('timeline of calls, promises, complaints, survey answers, WOW moments and flags, with kind and trust balance')
    .argument('<id>', 'phone number, account or e-mail')
    .addOption(asOfOption())
    .addOption(dbOption())
    .addOption(formatOption(['table', 'json', 'md', 'html']))
    .addOption(outOption())
    .action((id: string, options: Omit<CommonOptions, 'format'> & { format?: 'table' | 'json' | 'md' | 'html'; asOf?: string; out?: string }) =>
      context.readStore(options, async (db) => {
        const clock = customerClock(db, context.io, options.asOf);
        const view = customerView(db, id, clock);
        const format = options.format ?? 'table';
        if (format === 'html') return context.print(customerShowView(view, clock.zone), 'html', options);
        context.deliver(format === 'json' ? renderJson(customerViewJson(view, clock.zone)) : renderCustomerView(view, format === 'md' ? 'md' : 'table', { ...context.terminal({}), zone: clock.zone }), options);
      }),
    );

  customer
    .command('merge')
    .description('record that two ids are one person (append-only; svc customer unmerge takes it back)')
    .argument('<id>', 'the id that stays')
    .argument('<other>', 'the id recorded as the same person')
    .option('--reason <text>', 'why they are one person')
    .addOption(byOption())
    .addOption(dbOption())
    .action((id: string, other: string, options: WhoOptions) =>
      context.withStore(options, (db) => {
        const merged = mergeCustomers(db, id, other, who(options, customerClock(db, context.io).now));
        context.err(`${merged.other} is now read as ${merged.customer}\n`);
      }),
    );

  customer
    .command('unmerge')
    .description('record that a merge no longer holds (the merge stays on record)')
    .argument('<id>')
    .argument('<other>')
    .option('--reason <text>', 'why they are two people')
    .addOption(byOption())
    .addOption(dbOption())
    .action((id: string, other: string, options: WhoOptions) =>
      context.withStore(options, (db) => {
        unmergeCustomers(db, id, other, who(options, customerClock(db, context.io).now));
        context.err(`${other} is its own customer again\n`);
      }),
    );

  for (const action of ['flag', 'unflag'] as const) {
    customer
      .command(action)
      .description(action === 'flag' ? 'flag a customer (append-only, with who, when and why); outreach never calls do-not-contact or fired' : 'take a flag off (the flagging stays on record)')
      .argument('<id>')
      .argument('<flag>', FLAGS.join('|'))
      .requiredOption('--reason <text>', 'why (required)')
      .addOption(byOption())
      .addOption(dbOption())
      .action((id: string, flag: string, options: WhoOptions) =>
        context.withStore(options, (db) => {
          const key = changeFlag(db, id, flag, action, who(options, customerClock(db, context.io).now));
          context.err(`${key} ${action === 'flag' ? 'flagged' : 'unflagged'} ${flag}\n`);
        }),
      );
  }

  customer
    .command('wow')
    .description('record, verbatim, something done beyond expectations: credited to trust, counted per agent; prints its id')
    .argument('<id>')
    .argument('<text>', 'what was done')
    .option('--agent <agent>', 'who did it')
    .option('--call <call-id>', 'the call it happened on')
    .addOption(byOption())
    .addOption(dbOption())
    .action((id: string, text: string, options: WhoOptions & { agent?: string; call?: string }) =>
      context.withStore(options, (db) => {
        const wow = recordWow(db, id, text, { ...who(options, customerClock(db, context.io).now), agent: options.agent, call: options.call });
        context.out(`${wow}\n`);
      }),
    );
}
