import type { ImportOutcome } from '../../core/import/import-file.js';

function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** The one line each imported file ends with. */
export function importSummary(file: string, outcome: ImportOutcome, seconds: number, dryRun: boolean): string {
  const { inserted, duplicates, rejected, skipped } = outcome.counts;
  const parts = [`${count(inserted)} inserted`, `${count(duplicates)} duplicate${duplicates === 1 ? '' : 's'}`, `${count(rejected)} rejected`];
  if (skipped > 0) parts.push(`${count(skipped)} skipped (not calls)`);
  if (outcome.notNormalised > 0) parts.push(`${count(outcome.notNormalised)} customer id${outcome.notNormalised === 1 ? '' : 's'} not normalised (not a possible number in phone_region)`);
  const tail = dryRun ? ' (dry run: nothing written)' : ` (import #${outcome.importId})`;
  return `${file}: ${parts.join(', ')} in ${seconds.toFixed(1)} s${tail}\n`;
}
