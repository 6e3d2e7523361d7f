import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { xlsx } from '../../../src/io/formats/xlsx.js';
import { readWorkbookParts } from '../../../src/io/formats/xlsx/parts.js';
import { sheetRows } from '../../../src/io/formats/xlsx/sheet-rows.js';
import { openZip } from '../../../src/io/formats/xlsx/zip.js';
import { FIXTURES } from '../../helpers/bin.js';
import { tempDir } from '../../helpers/cli.js';
import { callsOf, fileInput, readAll, readerOptions } from '../../helpers/reader-input.js';
import { writeWorkbook, type WorkbookSpec } from '../../helpers/xlsx-workbook.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('svc-xlsx-')));
afterEach(() => cleanup());

/** Every row of a sheet as [row number, cell texts], read through the zip and the workbook's parts. */
async function rowsOf(path: string, sheetName?: string): Promise<[number, string[]][]> {
  const zip = await openZip(path);
  try {
    const workbook = await readWorkbookParts(zip);
    const sheet = workbook.sheets.find((entry) => sheetName === undefined || entry.name === sheetName)!;
    const rows: [number, string[]][] = [];
    for await (const batch of sheetRows(sheet.part, await zip.open(sheet.part), workbook)) rows.push(...batch.map((row): [number, string[]] => [row.number, row.fields]));
    return rows;
  } finally {
    zip.close();
  }
}

// Style 0: General; 1: built-in 22 (m/d/yy h:mm); 2: custom [mm]:ss; 3: custom 0" s".
const STYLES =
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="[mm]:ss"/><numFmt numFmtId="165" formatCode="0&quot; s&quot;"/></numFmts>' +
  '<cellStyleXfs count="1"><xf numFmtId="22"/></cellStyleXfs>' +
  '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="22"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>';

const SHARED_STRINGS =
  '<si><t>Call Id</t></si>' +
  // Rich text runs are one string; a phonetic guide is not part of it.
  '<si><r><t>Da</t></r><r><rPr><b/></rPr><t>na</t></r></si>' +
  '<si><t>Start</t><rPh sb="0" eb="5"><t>スタート</t></rPh></si>' +
  '<si><t xml:space="preserve"> Talk </t></si>';

const CELLS: WorkbookSpec = {
  sharedStrings: SHARED_STRINGS,
  styles: STYLES,
  sheets: {
    Calls:
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Agent</t></is></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="inlineStr"><is><t>Answered</t></is></c><c r="F1" t="inlineStr"><is><t>Note</t></is></c></row>' +
      // 46083.375 = 2026-03-02 09:00; 0.001388… of a day = 120 s.
      '<row r="2"><c r="A2" t="inlineStr"><is><r><t>X</t></r><r><t>1</t></r></is></c><c r="B2" t="s"><v>1</v></c><c r="C2" s="1"><v>46083.375</v></c><c r="D2" s="2"><v>1.3888888888888889E-3</v></c><c r="E2" t="b"><v>1</v></c><c r="F2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>' +
      // No row or cell references: the row follows row 2 and the cells follow each other.
      '<row><c t="str"><f>"X"&amp;"2"</f><v>X2</v></c><c/><c t="d"><v>2026-03-02T09:05:00</v></c><c s="3"><v>95</v></c><c t="b"><v>0</v></c></row>' +
      // Row 9, with a gap before its only cell.
      '<row r="9"><c r="C9"><v>7</v></c></row>',
  },
};

describe('xlsx workbook parts', () => {
  it('reads every kind of cell as the text a CSV export would hold', async () => {
    const path = join(dir, 'cells.xlsx');
    await writeWorkbook(path, CELLS);
    expect(await rowsOf(path)).toEqual([
      [1, ['Call Id', 'Agent', 'Start', ' Talk ', 'Answered', 'Note']],
      [2, ['X1', 'Dana', '2026-03-02 09:00:00', '0:02:00', 'true', '']],
      [3, ['X2', '', '2026-03-02T09:05:00', '95', 'false']],
      [9, ['', '', '7']],
    ]);
  });

  it('reads the same rows whatever order the zip stores its parts in', async () => {
    const path = join(dir, 'reversed.xlsx');
    await writeWorkbook(path, { ...CELLS, order: (names) => [...names].reverse() });
    expect((await rowsOf(path)).map(([number]) => number)).toEqual([1, 2, 3, 9]);
    expect((await rowsOf(path))[1]).toEqual([2, ['X1', 'Dana', '2026-03-02 09:00:00', '0:02:00', 'true', '']]);
  });

  it('counts dates from 1904 in a workbook that says so', async () => {
    const path = join(dir, '1904.xlsx');
    // 44621 days after 1904-01-01 is 2026-03-02; 0.5 is noon.
    await writeWorkbook(path, { date1904: true, styles: STYLES, sheets: { S: '<row r="1"><c r="A1" s="1"><v>44621.375</v></c><c r="B1" s="1"><v>0.5</v></c></row>' } });
    expect(await rowsOf(path)).toEqual([[1, ['2026-03-02 09:00:00', '12:00:00']]]);
  });

  it('reads a call log from a hand-written workbook with its cells converted', async () => {
    const path = join(dir, 'cells.xlsx');
    await writeWorkbook(path, CELLS);
    const items = await readAll(xlsx, fileInput(path));
    expect(items[0]).toEqual({ kind: 'header', fields: ['Call Id', 'Agent', 'Start', 'Talk', 'Answered', 'Note'] });
    expect(callsOf(items).map((call) => [call.sourceKey, call.agent, call.arrivalAt, call.outcome])).toEqual([
      ['X1', 'Dana', Date.parse('2026-03-02T09:00:00Z') / 1000, 'answered'],
      ['X2', null, Date.parse('2026-03-02T09:05:00Z') / 1000, 'abandoned'],
    ]);
    expect(callsOf(items)[0]!.talkS).toBe(120);
    // Row 9’s start is 7, not a time.
    expect(items.filter((item) => item.kind === 'reject').map((item) => [item.line, item.kind === 'reject' && item.field])).toEqual([[9, 'Start']]);
  });

  it('gives the same rows on every read, both sheets, many times over', async () => {
    const fixture = join(FIXTURES, 'xlsx', 'calls.xlsx');
    const first = [await rowsOf(fixture, 'Calls'), await rowsOf(fixture, 'Archive')];
    for (let i = 0; i < 50; i++) expect([await rowsOf(fixture, 'Calls'), await rowsOf(fixture, 'Archive')]).toEqual(first);
    expect(first[1]).toHaveLength(2);
  });

  it('refuses a truncated workbook and a sheet that is not XML with one clear error', async () => {
    const truncated = join(dir, 'truncated.xlsx');
    const whole = readFileSync(join(FIXTURES, 'xlsx', 'calls.xlsx'));
    writeFileSync(truncated, whole.subarray(0, whole.length - 200));
    await expect(readAll(xlsx, fileInput(truncated), readerOptions({ label: 'truncated.xlsx' }))).rejects.toThrow(/^truncated\.xlsx is not a readable \.xlsx workbook \(/);

    const broken = join(dir, 'broken.xlsx');
    await writeWorkbook(broken, { sheets: { S: '<row r="1"><c r="A1"><v>1</v></row>' } });
    await expect(readAll(xlsx, fileInput(broken), readerOptions({ label: 'broken.xlsx' }))).rejects.toThrow(/^broken\.xlsx is not a readable \.xlsx workbook \(xl\/worksheets\/sheet1\.xml: /);
  });
});
