import type { ImportOutcome } from '../../core/import/import-file.js';
import { recordsRead } from '../../db/imports.js';

function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** The one line each imported file ends with: what became of every record read. */
export function importSummary(file: string, outcome: ImportOutcome, seconds: number, dryRun: boolean): string {
  const { inserted, duplicates, rejected, skipped, merged, carried } = outcome.counts;
  const parts = [`${count(inserted)} inserted`, `${count(duplicates)} duplicate${duplicates === 1 ? '' : 's'}`, `${count(rejected)} rejected`];
  if (skipped > 0) parts.push(`${count(skipped)} skipped (not calls)`);
  if (merged > 0) parts.push(`${count(merged)} merged into another record's call`);
  if (carried > 0) parts.push(`${count(carried)} carried open to the next import`);
  if (carried < 0) parts.push(`${count(-carried)} completed from earlier imports`);
  // Where records and calls differ (legs, queue_log events), the total shows that every record is accounted for.
  const read = merged !== 0 || carried !== 0 ? ` = ${count(recordsRead(outcome.counts))} records` : '';
  if (outcome.notNormalised > 0) parts.push(`${count(outcome.notNormalised)} customer id${outcome.notNormalised === 1 ? '' : 's'} not normalised (not a possible number in phone_region)`);
  const tail = dryRun ? ' (dry run: nothing written)' : ` (import #${outcome.importId})`;
  return `${file}: ${parts.join(', ')}${read} in ${seconds.toFixed(1)} s${tail}\n`;
}
