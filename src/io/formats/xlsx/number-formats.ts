/** How a number cell reads, from its number format: a plain number, a date and/or time, or an elapsed duration. */
export type NumberKind = 'number' | 'date' | 'elapsed';

/**
 * The built-in formats that show dates and times (ECMA-376 part 1, 18.8.30); their codes are not
 * stored in the workbook. 27–36 and 50–58 are the East Asian locales' date formats.
 */
const BUILT_IN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 47, ...range(27, 36), ...range(50, 58)]);
const BUILT_IN_ELAPSED_ID = 46; // [h]:mm:ss

export function builtInKind(id: number): NumberKind {
  if (id === BUILT_IN_ELAPSED_ID) return 'elapsed';
  return BUILT_IN_DATE_IDS.has(id) ? 'date' : 'number';
}

/** Reads a custom format code such as `yyyy-mm-dd hh:mm`, `[h]:mm:ss` or `#,##0.00 "days"`. */
export function formatCodeKind(code: string): NumberKind {
  // Only the first section (positive numbers) decides; quoted text and escaped characters are literal.
  const section = code.split(';')[0]!.replace(/"[^"]*"|\\./g, '');
  if (/\[(h+|m+|s+)\]/i.test(section)) return 'elapsed';
  // Square brackets otherwise hold colours, conditions and locales ([Red], [$-409]), not date parts.
  return /[ymdhs]/i.test(section.replace(/\[[^\]]*\]/g, '')) ? 'date' : 'number';
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
