import type { LedgerImportResult } from '../../core/ledger/csv-import.js';
import { renderCsv } from './csv.js';

/** How many rejected rows stderr shows before pointing at --rejects. */
const SHOWN = 5;

/** The lines an import leaves on stderr: the first rejects with file:line, then one summary line. */
export function ledgerImportSummary(label: string, result: LedgerImportResult, rejectsFile: string | undefined): string {
  const lines = result.rejects.slice(0, SHOWN).map((reject) => `${label}:${reject.line}: ${reject.reason}`);
  const more = result.rejects.length - SHOWN;
  if (more > 0) lines.push(`… and ${more} more rejected row${more === 1 ? '' : 's'}${rejectsFile ? ` (all in ${rejectsFile})` : ' (--rejects FILE keeps them all)'}`);
  lines.push(`${label}: ${result.inserted} inserted, ${result.duplicates} duplicate${result.duplicates === 1 ? '' : 's'}, ${result.rejects.length} rejected`);
  return `${lines.join('\n')}\n`;
}

/** The rejected rows as they were, plus the line and the reason, for fixing and importing again. */
export function rejectsCsv(result: LedgerImportResult): string {
  const keys: string[] = [];
  for (const name of [...result.header, 'line', 'reason']) {
    let key = name;
    while (keys.includes(key)) key = `${key}_`;
    keys.push(key);
  }
  const rows = result.rejects.map((reject) => {
    const values = [...result.header.map((_, index) => reject.record[index] ?? ''), String(reject.line), reject.reason];
    return Object.fromEntries(keys.map((key, index) => [key, values[index]]));
  });
  return renderCsv({ columns: keys.map((key) => ({ key, header: key })), rows });
}
