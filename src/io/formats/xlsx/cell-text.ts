import type { NumberKind } from './number-formats.js';

/** Day 0 of the 1900 date system as serials count it once past Excel's phantom 1900-02-29: 1899-12-30. */
const EPOCH_1900_MS = Date.UTC(1899, 11, 30);
/** Day 0 of the 1904 date system (old Mac workbooks). */
const EPOCH_1904_MS = Date.UTC(1904, 0, 1);
const DAY_S = 86_400;

/**
 * A number cell as the text a CSV export would hold, so the generic column reading serves both.
 * A date-formatted serial below one day is a time of day or a duration (`9:12:58`), a whole day
 * is a date, anything else a date and time; an elapsed format (`[h]:mm`) is a duration whatever
 * its size. Serials carry day fractions to about a microsecond: they are rounded to the
 * millisecond, then to the second, as Excel shows them.
 */
export function numberCellText(serial: number, kind: NumberKind, date1904: boolean): string {
  if (kind === 'number' || !Number.isFinite(serial) || serial < 0) return String(serial);
  const seconds = Math.round(Math.round(serial * DAY_S * 1000) / 1000);
  if (kind === 'elapsed' || seconds < DAY_S) return clock(seconds);
  const iso = new Date((date1904 ? EPOCH_1904_MS : EPOCH_1900_MS) + seconds * 1000).toISOString();
  return seconds % DAY_S === 0 ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

/** `H:MM:SS`, hours not wrapped at 24. */
function clock(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  return `${hours}:${String(minutes).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}
