import { Option } from 'commander';
import { argument, type CommandSpec, type Implementation } from './declare.js';
import { dbOption } from './options.js';

/** `svc commit import` and `svc complaint import`, declared alike. */
export function ledgerImportSpec(description: string, ledger: 'commit' | 'complaint', load: () => Promise<Implementation>): CommandSpec {
  return {
    name: 'import',
    description,
    arguments: [argument('<file>')],
    options: [
      new Option('--strict', 'refuse the whole file on any bad row (exit 3, nothing written)'),
      new Option('--rejects <file>', 'write the rejected rows to this new file, with their line and the reason'),
      new Option('--force', 'let --rejects replace an existing file'),
      dbOption(),
    ],
    examples: [`svc ${ledger} import ${ledger === 'commit' ? 'promises' : 'complaints'}.csv --rejects rejected.csv`, `svc ${ledger} import ${ledger === 'commit' ? 'promises' : 'complaints'}.csv --strict`],
    load,
  };
}
