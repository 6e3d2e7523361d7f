import type { Command } from 'commander';
import { undoImport } from '../../core/import/undo-import.js';
import { rollupBasis } from '../../db/rollups.js';
import { UserError } from '../../errors.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';

// `svc imports undo 3 --db F`: commander hands --db to the parent `imports`, which declares it too.
export function run(context: CommandContext, id: string, _options: CommonOptions, command: Command) {
  return context.withSession(command.optsWithGlobals<CommonOptions>(), ({ store: db, settings, at }) => {
    const number = Number(id);
    if (!Number.isInteger(number) || number <= 0) throw new UserError(`"${id}" is not an import id`, 'svc imports lists them');
    const { removed } = undoImport(db, number, rollupBasis(settings), at);
    context.err(`import #${number} undone: ${removed.toLocaleString('en-US')} call${removed === 1 ? '' : 's'} removed\n`);
  });
}
