import { UserError } from '../../errors.js';
import { chooseDateOrder, GenericRowReader, NOT_A_CALL_LOG_HINT, RowProblem } from './generic-row.js';
import { mapColumns, missingCallColumns } from './generic-columns.js';
import type { FormatReader, ReadItem, ReaderOptions } from './reader.js';
import { refuseOptions } from './unused-options.js';
import { readWorkbookParts, type SheetEntry, type WorkbookParts } from './xlsx/parts.js';
import { sheetRows, type SheetRow } from './xlsx/sheet-rows.js';
import { workbookFile } from './xlsx/workbook-file.js';
import { UnreadablePart } from './xlsx/xml.js';
import { openZip, type ZipArchive } from './xlsx/zip.js';

const BATCH = 2000;

export const xlsx: FormatReader = {
  name: 'xlsx',
  description: 'Excel workbook (.xlsx) with a header row: first sheet or --sheet NAME, columns matched like generic',

  detect(sample, fileName) {
    if (!sample.startsWith('PK\u0003\u0004')) return 0;
    return sample.includes('xl/') || fileName?.toLowerCase().endsWith('.xlsx') ? 0.99 : 0;
  },

  async *read(input, options) {
    refuseOptions(options, 'xlsx', ['columns']);
    const file = await workbookFile(input);
    let zip: ZipArchive | undefined;
    try {
      let workbook: WorkbookParts;
      try {
        zip = await openZip(file.path);
        workbook = await readWorkbookParts(zip);
      } catch (error) {
        throw unreadable(options.label, error);
      }
      const sheet = chooseSheet(workbook.sheets, options);
      try {
        yield* sheetItems(sheetRows(sheet.part, await zip.open(sheet.part), workbook), options);
      } catch (error) {
        throw error instanceof UnreadablePart ? unreadable(options.label, error) : error;
      }
    } finally {
      zip?.close();
      await file.release();
    }
  },
};

function unreadable(label: string, error: unknown): UserError {
  if (error instanceof UserError) return error;
  return new UserError(`${label} is not a readable .xlsx workbook (${(error as Error).message})`, 'save it again as an Excel workbook (.xlsx), or export it as CSV');
}

function chooseSheet(sheets: SheetEntry[], options: ReaderOptions): SheetEntry {
  if (sheets.length === 0) throw new UserError(`${options.label} has no worksheet`);
  if (options.sheet === undefined) return sheets[0]!;
  const named = sheets.find((sheet) => sheet.name === options.sheet);
  if (!named) throw new UserError(`${options.label} has no sheet "${options.sheet}"`, `its sheets are: ${sheets.map((sheet) => sheet.name).join(', ')}`);
  return named;
}

async function* sheetItems(batches: AsyncIterable<SheetRow[]>, options: ReaderOptions): AsyncIterable<ReadItem[]> {
  let header: string[] | undefined;
  let rows: GenericRowReader | undefined;
  let pending: SheetRow[] = [];
  const flush = (): ReadItem[] => {
    const items: ReadItem[] = [];
    if (!rows) {
      const columns = mapColumns(header!, options.map, options.label);
      const missing = missingCallColumns(columns);
      if (missing) throw new UserError(`${options.label} is not a call log: ${missing}`, NOT_A_CALL_LOG_HINT);
      rows = new GenericRowReader(columns, header!, options.zone, chooseDateOrder(pending.map((record) => record.fields), columns, options));
    }
    for (const { number, fields } of pending) {
      try {
        items.push({ kind: 'call', line: number, call: rows.call(fields) });
      } catch (error) {
        if (!(error instanceof RowProblem)) throw error;
        items.push({ kind: 'reject', line: number, field: error.field, reason: error.message, raw: fields });
      }
    }
    pending = [];
    return items;
  };
  for await (const batch of batches) {
    for (const row of batch) {
      const { fields } = row;
      if (fields.every((field) => field.trim() === '')) continue;
      if (!header) {
        header = fields.map((field) => field.trim());
        yield [{ kind: 'header', fields: header }];
        continue;
      }
      if (fields.length > header.length) {
        yield [{ kind: 'reject', line: row.number, reason: `expected ${header.length} cells, found ${fields.length}`, raw: fields }];
        continue;
      }
      // A sheet leaves trailing empty cells out of a row.
      while (fields.length < header.length) fields.push('');
      pending.push(row);
      if (pending.length >= BATCH) yield flush();
    }
  }
  if (!header) throw new UserError(`${options.label}: the sheet is empty`);
  if (pending.length > 0 || !rows) yield flush();
}
