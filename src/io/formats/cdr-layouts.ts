import { parse } from 'csv-parse/sync';
import { UserError } from '../../errors.js';

/** A header-less CDR layout: the name of each column, in order. */
export interface CdrLayout {
  name: string;
  columns: readonly string[];
}

/** Asterisk's cdr_csv: the standard Master.csv (uniqueid and userfield are logged by default). */
const CDR_CSV = ['accountcode', 'src', 'dst', 'dcontext', 'clid', 'channel', 'dstchannel', 'lastapp', 'lastdata', 'start', 'answer', 'end', 'duration', 'billsec', 'disposition', 'amaflags', 'uniqueid', 'userfield'];

/** What cdr_csv appends with `newcdrcolumns=yes` in cdr.conf. */
const NEW_CDR_COLUMNS = ['peeraccount', 'linkedid', 'sequence'];

/** cdr_csv with and without its optional uniqueid and userfield, each with and without newcdrcolumns. */
const CDR_CSV_LAYOUTS: CdrLayout[] = [
  { name: 'cdr_csv', columns: CDR_CSV },
  { name: 'cdr_csv without userfield', columns: CDR_CSV.slice(0, 17) },
  { name: 'cdr_csv without uniqueid', columns: [...CDR_CSV.slice(0, 16), 'userfield'] },
  { name: 'cdr_csv without uniqueid and userfield', columns: CDR_CSV.slice(0, 16) },
];

export const ASTERISK_LAYOUTS: readonly CdrLayout[] = [
  ...CDR_CSV_LAYOUTS,
  ...CDR_CSV_LAYOUTS.map((layout) => ({ name: `${layout.name} (newcdrcolumns)`, columns: [...layout.columns, ...NEW_CDR_COLUMNS] })),
  // The template in Asterisk's sample cdr_custom.conf.
  {
    name: 'cdr_custom sample template',
    columns: ['clid', 'src', 'dst', 'dcontext', 'channel', 'dstchannel', 'lastapp', 'lastdata', 'start', 'answer', 'end', 'duration', 'billsec', 'disposition', 'amaflags', 'accountcode', 'uniqueid', 'userfield', 'sequence'],
  },
];

/** FreeSWITCH's cdr_csv default template ("example" in cdr_csv.conf.xml). */
export const FREESWITCH_DEFAULT: CdrLayout = {
  name: 'cdr_csv default template',
  columns: ['caller_id_name', 'caller_id_number', 'destination_number', 'context', 'start_stamp', 'answer_stamp', 'end_stamp', 'duration', 'billsec', 'hangup_cause', 'uuid', 'bleg_uuid', 'accountcode', 'read_codec', 'write_codec'],
};

export const ASTERISK_DISPOSITIONS = ['ANSWERED', 'NO ANSWER', 'BUSY', 'FAILED', 'CONGESTION'];

const DATE_TIME = /^\d{4}[-/]\d{1,2}[-/]\d{1,2}[ T]\d{1,2}:\d{2}/;
const UNIQUEID = /^(?:[\w-]+-)?\d+\.\d+$/;
const WHOLE = /^\d+$/;

/** Whether a row has the shape of an Asterisk layout: its field count, times, counts and disposition in place. */
export function fitsAsteriskLayout(fields: string[], layout: CdrLayout): boolean {
  if (fields.length !== layout.columns.length) return false;
  const value = (column: string) => fields[layout.columns.indexOf(column)]?.trim() ?? '';
  return (
    DATE_TIME.test(value('start')) &&
    WHOLE.test(value('billsec')) &&
    WHOLE.test(value('duration')) &&
    ASTERISK_DISPOSITIONS.includes(value('disposition').toUpperCase()) &&
    (!layout.columns.includes('uniqueid') || UNIQUEID.test(value('uniqueid'))) &&
    (!layout.columns.includes('linkedid') || UNIQUEID.test(value('linkedid'))) &&
    (!layout.columns.includes('sequence') || WHOLE.test(value('sequence')))
  );
}

export function fitsFreeswitchDefault(fields: string[]): boolean {
  if (fields.length !== FREESWITCH_DEFAULT.columns.length) return false;
  const [, , , , start, , , duration, billsec, cause] = fields.map((field) => field.trim());
  return DATE_TIME.test(start!) && WHOLE.test(duration!) && WHOLE.test(billsec!) && /^[A-Z][A-Z0-9_]+$/.test(cause!);
}

/** The layout most of the first rows fit, or null. */
export function recogniseLayout(rows: string[][], layouts: readonly CdrLayout[], fits: (fields: string[], layout: CdrLayout) => boolean): CdrLayout | null {
  let best: CdrLayout | null = null;
  let bestCount = 0;
  for (const layout of layouts) {
    const count = rows.filter((fields) => fits(fields, layout)).length;
    if (count > bestCount) [best, bestCount] = [layout, count];
  }
  return bestCount * 2 > rows.length ? best : null;
}

/** A `--columns a,b,c` layout, checked for the columns the reader cannot do without. */
export function layoutFromColumns(columns: string[], required: string[][], format: string, known: readonly string[]): CdrLayout {
  const names = columns.map((column) => column.trim());
  for (const alternatives of required) {
    if (!alternatives.some((name) => names.includes(name))) {
      throw new UserError(`--columns for ${format} must name ${alternatives.join(' or ')}`, `known columns: ${known.join(', ')}`);
    }
  }
  return { name: '--columns', columns: names };
}

/** Reads a row's fields by column name; a name the layout lacks reads as ''. */
export function columnReader(layout: CdrLayout, fields: string[]): (column: string | undefined) => string {
  return (column) => {
    const index = column === undefined ? -1 : layout.columns.indexOf(column);
    return index < 0 ? '' : (fields[index]?.trim() ?? '');
  };
}

export const MAPPABLE_FIELDS = ['queue', 'agent', 'customer'];

/** `--map queue=COLUMN` (also agent, customer) for a header-less CDR: the column must be in the layout. */
export function checkMap(map: Record<string, string>, layout: CdrLayout, format: string): void {
  for (const [field, column] of Object.entries(map)) {
    if (!MAPPABLE_FIELDS.includes(field)) throw new UserError(`${format} takes --map only for ${MAPPABLE_FIELDS.join(', ')}, not ${field}`);
    if (!layout.columns.includes(column)) throw new UserError(`--map ${field}=${column}: the ${layout.name} layout has no column ${column}`, `its columns: ${layout.columns.join(', ')}`);
  }
}

/** The complete rows of a detection sample (it may cut its last line short). */
export function sampleRows(sample: string): string[][] {
  const lines = sample.split(/\r?\n/);
  if (lines.length > 1) lines.pop();
  try {
    return parse(lines.filter((line) => line.trim() !== '').join('\n'), { relax_column_count: true, relax_quotes: true }) as string[][];
  } catch {
    return [];
  }
}

/** How well sample rows fit a header-less CDR format: most of them must fit. */
export function shapeScore(rows: string[][], fits: (fields: string[]) => boolean): number {
  return rows.length > 0 && rows.filter(fits).length * 2 > rows.length ? 0.9 : 0;
}
