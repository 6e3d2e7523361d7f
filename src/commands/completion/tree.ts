import type { Complete, Option as CompletedOption } from '@bomb.sh/tab';
import tab from '@bomb.sh/tab/commander';
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import '../../core/ledger/target-kpis.js';
import { targetKpis } from '../../core/targets/catalogue.js';
import { agentNames, queueNames } from '../../db/names.js';
import { openStoreForReading, type Store } from '../../db/open.js';
import type { CommandContext } from '../context.js';

/**
 * What completes as the user types: commands, options, format names, KPI keys, and the queue and
 * agent names of the store in use. The library adds its own `completion` and `complete` in place
 * of the declared ones, then reads every other command.
 */
export function completionTree(program: Command, context: CommandContext) {
  const commands = program.commands as Command[];
  for (const name of ['completion', 'complete']) commands.splice(commands.findIndex((command) => command.name() === name), 1);
  const root = tab(program, { completionCommandName: 'completion' });
  const fromStore = (names: (db: Store) => string[]) => (complete: Complete) => {
    for (const name of readNames(context, names)) complete(name, '');
  };
  for (const command of root.commands.values()) {
    setHandler(command.options.get('queue'), fromStore(queueNames));
    setHandler(command.options.get('agent'), fromStore(agentNames));
    const kpi = command.arguments.get('kpi');
    if (kpi) kpi.handler = (complete) => targetKpis().forEach((k) => complete(k.key, k.describe));
  }
  return root;
}

function setHandler(option: CompletedOption | undefined, handler: (complete: Complete) => void): void {
  if (option) option.handler = handler;
}

/** Never creates a store and never fails: a completion that cannot read the store offers nothing. */
function readNames(context: CommandContext, names: (db: Store) => string[]): string[] {
  try {
    const file = context.storePath({});
    if (!existsSync(file)) return [];
    const db = openStoreForReading(file);
    try {
      return names(db);
    } finally {
      db.close();
    }
  } catch {
    return [];
  }
}
