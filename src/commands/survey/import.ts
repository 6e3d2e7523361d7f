import { importLedgerCsv } from '../../core/ledger/csv-import.js';
import { findInstrument } from '../../core/survey/find.js';
import { surveyCsv } from '../../core/survey/import.js';
import { UserError } from '../../errors.js';
import { ledgerImportSummary } from '../../io/render/import-summary.js';
import type { CommandContext } from '../context.js';
import { ledgerRejectsPath, readText, writeLedgerRejects, type LedgerImportOptions } from '../ledger-command.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, file: string, options: CommonOptions & LedgerImportOptions & { instrument: string; map?: string[] }) {
  const rejects = ledgerRejectsPath(context, file, options);
  return context.withSession(options, ({ store: db, clock, zone }) => {
    const instrument = findInstrument(db, options.instrument);
    const spec = surveyCsv({ instrument, source: file, map: parseMap(options.map ?? []), now: clock.now, zone });
    const result = importLedgerCsv(db, file, readText(context.io, file), spec, { strict: options.strict === true });
    writeLedgerRejects(rejects, result);
    context.err(ledgerImportSummary(file, result, options.rejects));
  });
}

function parseMap(pairs: string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0 || at === pair.length - 1) throw new UserError(`--map ${pair}: expected FIELD=COLUMN`, 'for example --map nps="How likely are you to recommend us?"');
    map[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  return map;
}
