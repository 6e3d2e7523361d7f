import { UserError } from '../../errors.js';

/**
 * A header's name as svc compares it with another: Unicode-normalised, lower-case, with
 * everything but letters and digits dropped, so "Caller ID", "caller_id" and "CALLER-ID" name
 * the same column.
 */
export function foldHeader(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether a header names the column asked for (by `--map` or a known alias): the same after trimming, or after folding. */
export function namesColumn(header: string, column: string): boolean {
  return header.trim() === column.trim() || foldHeader(header) === foldHeader(column);
}

/**
 * `--map FIELD=COLUMN` of every import (calls, commitments, complaints, survey answers): split
 * at the first `=`, both sides trimmed, neither empty; FIELD is case-insensitive (returned in
 * lower case) and named once. Which fields exist is the import's to say.
 */
export function parseColumnMap(pairs: readonly string[], example: string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    const field = pair.slice(0, at).trim().toLowerCase();
    const column = pair.slice(at + 1).trim();
    if (at < 0 || field === '' || column === '') throw new UserError(`--map ${pair}: expected FIELD=COLUMN`, `for example --map ${example}`);
    if (field in map) throw new UserError(`--map ${field} is given twice (${field}=${map[field]} and ${pair})`, 'a field is taken from one column; keep one --map for it');
    map[field] = column;
  }
  return map;
}
