import type ExcelJS from 'exceljs';
import { UserError } from '../../errors.js';
import { chooseDateOrder, GenericRowReader, NOT_A_CALL_LOG_HINT, RowProblem } from './generic.js';
import { hasArrival, mapColumns } from './generic-columns.js';
import type { FormatReader, ReadItem } from './reader.js';
import { cellText } from './xlsx-cells.js';
import { refuseOptions } from './unused-options.js';

const BATCH = 2000;

interface SheetReader extends AsyncIterable<ExcelJS.Row> {
  name?: string;
}

export const xlsx: FormatReader = {
  name: 'xlsx',
  description: 'Excel workbook (.xlsx) with a header row: first sheet or --sheet NAME, columns matched like generic',

  detect(sample, fileName) {
    if (!sample.startsWith('PK\u0003\u0004')) return 0;
    return sample.includes('xl/') || fileName?.toLowerCase().endsWith('.xlsx') ? 0.99 : 0;
  },

  async *read(input, options) {
    refuseOptions(options, 'xlsx', ['columns']);
    // Loaded on demand: the workbook library is large, and most imports and every other command never need it.
    const { default: excel } = await import('exceljs');
    const workbook = new excel.stream.xlsx.WorkbookReader(input.bytes(), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      // Styles hold the number formats that say which numbers are dates and times.
      styles: 'cache',
      hyperlinks: 'ignore',
      entries: 'ignore',
    });
    const names: string[] = [];
    let found = false;
    try {
      for await (const sheet of workbook as AsyncIterable<SheetReader>) {
        const name = sheet.name ?? `sheet ${names.length + 1}`;
        names.push(name);
        const wanted = options.sheet ?? firstSheetName(workbook) ?? name;
        if (name !== wanted) continue;
        found = true;
        yield* sheetItems(sheet, options);
        return;
      }
    } catch (error) {
      // Past the zip and the workbook's own parts, an error is the sheet's content or a bug: let it through.
      if (found || error instanceof UserError) throw error;
      throw new UserError(`${options.label} is not a readable .xlsx workbook (${(error as Error).message})`, 'save it again as an Excel workbook (.xlsx), or export it as CSV');
    }
    if (options.sheet !== undefined) throw new UserError(`${options.label} has no sheet "${options.sheet}"`, `its sheets are: ${names.join(', ')}`);
    throw new UserError(`${options.label} has no worksheet`);
  },
};

function firstSheetName(workbook: unknown): string | undefined {
  return (workbook as { model?: { sheets?: { name?: string }[] } }).model?.sheets?.[0]?.name;
}

async function* sheetItems(sheet: SheetReader, options: Parameters<FormatReader['read']>[1]): AsyncIterable<ReadItem[]> {
  let header: string[] | undefined;
  let rows: GenericRowReader | undefined;
  let pending: { line: number; fields: string[] }[] = [];
  const flush = (): ReadItem[] => {
    const items: ReadItem[] = [];
    if (!rows) {
      const columns = mapColumns(header!, options.map, options.label);
      if (!hasArrival(columns)) throw new UserError(`${options.label} is not a call log: no arrival time column`, NOT_A_CALL_LOG_HINT);
      rows = new GenericRowReader(columns, header!, options.zone, chooseDateOrder(pending.map((record) => record.fields), columns, options));
    }
    for (const { line, fields } of pending) {
      try {
        items.push({ kind: 'call', line, call: rows.call(fields) });
      } catch (error) {
        if (!(error instanceof RowProblem)) throw error;
        items.push({ kind: 'reject', line, field: error.field, reason: error.message, raw: fields });
      }
    }
    pending = [];
    return items;
  };
  for await (const row of sheet) {
    const fields = rowFields(row);
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
    // Excel leaves trailing empty cells out of a row.
    while (fields.length < header.length) fields.push('');
    pending.push({ line: row.number, fields });
    if (pending.length >= BATCH) yield flush();
  }
  if (!header) throw new UserError(`${options.label}: the sheet is empty`);
  if (pending.length > 0 || !rows) yield flush();
}

function rowFields(row: ExcelJS.Row): string[] {
  const fields: string[] = [];
  row.eachCell({ includeEmpty: true }, (cell, column) => {
    fields[column - 1] = cellText(cell.value, cell.numFmt);
  });
  for (let i = 0; i < fields.length; i++) fields[i] ??= '';
  return fields;
}
