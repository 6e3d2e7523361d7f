import type ExcelJS from 'exceljs';

const DAY_MS = 86_400_000;
/** Excel's day 0 in the 1900 date system, as the library dates it: 1899-12-30. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Day 0 of the 1904 date system (old Mac workbooks), which the library applies itself. */
const EXCEL_1904_EPOCH_MS = Date.UTC(1904, 0, 1);

/**
 * A cell as the text a CSV export would hold, so the generic column reading serves both.
 * The library turns date-formatted serials into Dates (day fractions to the millisecond);
 * they are rounded to the second here. A serial below 1 is a time of day or a duration
 * (`9:12:58`), a whole day is a date, anything else a date and time; an elapsed-hours format
 * (`[h]:mm`) is a duration whatever its size.
 */
export function cellText(value: ExcelJS.CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value, numFmt);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return '';
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue, numFmt);
  if ('text' in value) return String(value.text);
  return '';
}

function dateText(date: Date, numFmt: string | undefined): string {
  const since1904 = Math.round((date.getTime() - EXCEL_1904_EPOCH_MS) / 1000);
  if (since1904 >= 0 && since1904 < DAY_MS / 1000) return clock(since1904);
  const seconds = Math.round((date.getTime() - EXCEL_EPOCH_MS) / 1000);
  if (/\[h+\]/i.test(numFmt ?? '') || seconds < DAY_MS / 1000) return clock(seconds);
  const iso = new Date(EXCEL_EPOCH_MS + seconds * 1000).toISOString();
  return seconds % 86400 === 0 ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

/** `H:MM:SS`, hours not wrapped at 24. */
function clock(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  return `${hours}:${String(minutes).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}
