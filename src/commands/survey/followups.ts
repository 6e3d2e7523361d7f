import { verbatim } from '../../core/ledger/text.js';
import { closeFollowup, openFollowups } from '../../core/survey/followups.js';
import { UserError } from '../../errors.js';
import { renderRows } from '../../io/render/index.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';
import { responseRows } from './response-rows.js';

export function run(context: CommandContext, options: CommonOptions & { close?: string; note?: string; by?: string }) {
  return context.withSession(options, ({ store: db, clock, user }) => {
    if (options.close === undefined) {
      if (options.note !== undefined) throw new UserError('--note goes with --close');
      const format = options.format ?? 'table';
      const data = { ...responseRows(openFollowups(db), clock.zone, format), empty: 'No detractor is waiting for a call back.' };
      context.out(renderRows(format, data, context.terminal({})));
      return;
    }
    if (!/^\d+$/.test(options.close.trim())) throw new UserError(`--close "${options.close}" is not a response id`, 'svc survey followups lists the open ones with their ids');
    const note = options.note === undefined ? null : verbatim(options.note, '--note');
    const commitment = closeFollowup(db, Number(options.close), { now: clock.now, by: options.by ?? user, note });
    context.out(`${commitment}\n`);
    context.err(`Survey response ${options.close.trim()} followed up: commitment ${commitment}, kept.\n`);
  });
}
