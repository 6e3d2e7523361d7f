import type { Readable } from 'node:stream';
import { numberCellText } from './cell-text.js';
import type { WorkbookParts } from './parts.js';
import { xmlChunks } from './xml.js';

export interface SheetRow {
  /** The row's number in the sheet, as Excel shows it. */
  number: number;
  /** Each cell as the text a CSV export would hold; cells left out of the sheet are empty. */
  fields: string[];
}

/** Streams a sheet's rows, a batch per chunk of its XML: the sheet is never held whole. */
export async function* sheetRows(part: string, stream: Readable, workbook: WorkbookParts): AsyncGenerator<SheetRow[]> {
  let done: SheetRow[] = [];
  let row: SheetRow | undefined;
  let rowNumber = 0;
  let column = -1;
  let type = 'n';
  let style = 0;
  let value = '';
  let inValue = false;
  let inInline = false;
  let inText = false;
  let inPhonetic = false;

  const cellText = (): string => {
    switch (type) {
      case 's':
        return workbook.sharedStrings[Number(value)] ?? '';
      case 'b':
        return value === '1' ? 'true' : 'false';
      case 'e':
        return '';
      case 'str':
      case 'inlineStr':
      case 'd':
        return value;
      default:
        return value === '' ? '' : numberCellText(Number(value), workbook.styleKinds[style] ?? 'number', workbook.date1904);
    }
  };

  const chunks = xmlChunks(part, stream, {
    open(name, attributes) {
      switch (name) {
        case 'row':
          rowNumber = attributes.r ? Number(attributes.r) : rowNumber + 1;
          row = { number: rowNumber, fields: [] };
          column = -1;
          break;
        case 'c':
          column = attributes.r ? columnIndex(attributes.r) : column + 1;
          type = attributes.t ?? 'n';
          style = attributes.s ? Number(attributes.s) : 0;
          value = '';
          break;
        case 'v':
          inValue = true;
          break;
        case 'is':
          inInline = true;
          break;
        case 't':
          inText = true;
          break;
        case 'rPh':
          inPhonetic = true;
          break;
      }
    },
    text(text) {
      // An inline string's text is in `t` elements, maybe split in rich text runs.
      if (inValue || (inInline && inText && !inPhonetic)) value += text;
    },
    close(name) {
      switch (name) {
        case 'v':
          inValue = false;
          break;
        case 'is':
          inInline = false;
          break;
        case 't':
          inText = false;
          break;
        case 'rPh':
          inPhonetic = false;
          break;
        case 'c':
          if (row) row.fields[column] = cellText();
          break;
        case 'row':
          if (row) {
            for (let i = 0; i < row.fields.length; i++) row.fields[i] ??= '';
            done.push(row);
          }
          row = undefined;
          break;
      }
    },
  });
  for await (const _ of chunks) {
    if (done.length === 0) continue;
    yield done;
    done = [];
  }
}

/** `C5` → 2: the letters of a cell reference, base 26 from A = 1. */
function columnIndex(reference: string): number {
  let index = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}
