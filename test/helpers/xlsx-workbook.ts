import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import yazl from 'yazl';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface WorkbookSpec {
  /** Each sheet's `<sheetData>` content, by sheet name, in workbook order. */
  sheets: Record<string, string>;
  /** `<si>` elements of the shared strings part; none means no such part. */
  sharedStrings?: string;
  /** `<numFmts>` and `<cellXfs>` of the styles part; none means no such part. */
  styles?: string;
  date1904?: boolean;
  /** Stores the parts in this order (by name) instead of the usual one, as some writers do. */
  order?: (names: string[]) => string[];
}

/** Writes a minimal .xlsx by hand, part by part, so a test states the very XML it reads. */
export async function writeWorkbook(path: string, spec: WorkbookSpec): Promise<void> {
  const names = Object.keys(spec.sheets);
  const parts = new Map<string, string>();
  parts.set('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  parts.set('_rels/.rels', `<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const rels = names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  if (spec.sharedStrings !== undefined) rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (spec.styles !== undefined) rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="/xl/styles.xml"/>`);
  parts.set('xl/_rels/workbook.xml.rels', `<Relationships xmlns="${PACKAGE_REL}">${rels.join('')}</Relationships>`);
  const sheetList = names.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  parts.set('xl/workbook.xml', `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${spec.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheetList}</sheets></workbook>`);
  names.forEach((name, i) => parts.set(`xl/worksheets/sheet${i + 1}.xml`, `<worksheet xmlns="${MAIN}"><sheetData>${spec.sheets[name]}</sheetData></worksheet>`));
  if (spec.sharedStrings !== undefined) parts.set('xl/sharedStrings.xml', `<sst xmlns="${MAIN}">${spec.sharedStrings}</sst>`);
  if (spec.styles !== undefined) parts.set('xl/styles.xml', `<styleSheet xmlns="${MAIN}">${spec.styles}</styleSheet>`);

  const zip = new yazl.ZipFile();
  for (const name of spec.order ? spec.order([...parts.keys()]) : parts.keys()) zip.addBuffer(Buffer.from(parts.get(name)!, 'utf8'), name);
  zip.end();
  const out = createWriteStream(path);
  zip.outputStream.pipe(out);
  await once(out, 'close');
}
