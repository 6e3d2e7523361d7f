import type { LedgerImportResult } from '../../core/ledger/csv-import.js';

/** How many rejected rows stderr shows before pointing at --rejects. */
const SHOWN = 5;

/** The lines an import leaves on stderr: the first rejects with file:line, then one summary line. */
export function ledgerImportSummary(label: string, result: LedgerImportResult, rejectsFile: string | undefined): string {
  const lines = result.firstRejects.slice(0, SHOWN).map((reject) => `${label}:${reject.line}: ${reject.reason}`);
  const more = result.rejected - Math.min(result.firstRejects.length, SHOWN);
  if (more > 0) lines.push(`… and ${more} more rejected row${more === 1 ? '' : 's'}${rejectsFile ? ` (all in ${rejectsFile})` : ' (--rejects FILE keeps them all)'}`);
  lines.push(`${label}: ${result.inserted} inserted, ${result.duplicates} duplicate${result.duplicates === 1 ? '' : 's'}, ${result.rejected} rejected`);
  return `${lines.join('\n')}\n`;
}
