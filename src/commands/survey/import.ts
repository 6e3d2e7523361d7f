import { resolve } from 'node:path';
import { parseColumnMap } from '../../core/import/column-map.js';
import { importLedgerCsv } from '../../core/ledger/csv-import.js';
import { findInstrument } from '../../core/survey/find.js';
import { surveyCsv } from '../../core/survey/import.js';
import { openCsvFile } from '../../io/csv-file.js';
import { ledgerImportSummary } from '../../io/render/import-summary.js';
import type { CommandContext } from '../context.js';
import { ledgerRejectsPath, withRejectsFile, type LedgerImportOptions } from '../ledger-import-run.js';
import type { CommonOptions } from '../options.js';

export async function run(context: CommandContext, file: string, options: CommonOptions & LedgerImportOptions & { instrument: string; map?: string[] }) {
  const rejects = ledgerRejectsPath(context, file, options);
  const batches = await openCsvFile(resolve(context.io.cwd, file), file);
  return context.withSession(options, async ({ store: db, clock, zone }) => {
    const instrument = findInstrument(db, options.instrument);
    const spec = surveyCsv({ instrument, source: file, map: parseColumnMap(options.map ?? [], 'nps="How likely are you to recommend us?"'), now: clock.now, zone });
    const result = await withRejectsFile(rejects, file, (sink) => importLedgerCsv(db, file, batches, spec, { strict: options.strict === true, rejects: sink }));
    if (!options.quiet || result.rejected > 0) context.err(ledgerImportSummary(file, result, options.rejects));
  });
}
