import { posix } from 'node:path';
import { builtInKind, formatCodeKind, type NumberKind } from './number-formats.js';
import { attribute, parseXml } from './xml.js';
import type { ZipArchive } from './zip.js';

export interface SheetEntry {
  name: string;
  /** The sheet's part in the zip, e.g. `xl/worksheets/sheet1.xml`. */
  part: string;
}

/** What a sheet's cells need from the rest of the workbook. */
export interface WorkbookParts {
  sheets: SheetEntry[];
  sharedStrings: string[];
  /** How the numbers of each cell style (a cell's `s`) read. */
  styleKinds: NumberKind[];
  date1904: boolean;
}

interface Relationship {
  type: string;
  part: string;
}

const DEFAULT_WORKBOOK = 'xl/workbook.xml';

/** Follows the package's relationships from `_rels/.rels` to the workbook, its sheets, strings and styles. */
export async function readWorkbookParts(zip: ZipArchive): Promise<WorkbookParts> {
  const root = await readRelationships(zip, '');
  const workbookPart = [...root.values()].find((rel) => rel.type.endsWith('/officeDocument'))?.part ?? DEFAULT_WORKBOOK;
  if (!zip.has(workbookPart)) throw new Error(`it has no ${workbookPart}`);
  const rels = await readRelationships(zip, workbookPart);
  const related = (type: string) => [...rels.values()].find((rel) => rel.type.endsWith(`/${type}`))?.part;

  const sheets: SheetEntry[] = [];
  let date1904 = false;
  await parseXml(workbookPart, await zip.open(workbookPart), {
    open(name, attributes) {
      if (name === 'workbookPr') date1904 = ['1', 'true'].includes(attributes.date1904 ?? '');
      if (name !== 'sheet') return;
      const rel = rels.get(attribute(attributes, 'id') ?? '');
      if (rel && zip.has(rel.part)) sheets.push({ name: attributes.name ?? `sheet ${sheets.length + 1}`, part: rel.part });
    },
  });
  const stringsPart = related('sharedStrings');
  const stylesPart = related('styles');
  return {
    sheets,
    sharedStrings: stringsPart && zip.has(stringsPart) ? await readSharedStrings(zip, stringsPart) : [],
    styleKinds: stylesPart && zip.has(stylesPart) ? await readStyleKinds(zip, stylesPart) : [],
    date1904,
  };
}

/** A part's relationships by id, their targets resolved to zip entry names. */
async function readRelationships(zip: ZipArchive, part: string): Promise<Map<string, Relationship>> {
  const dir = posix.dirname(part);
  const relsPart = posix.join(dir, '_rels', `${posix.basename(part)}.rels`);
  const rels = new Map<string, Relationship>();
  if (!zip.has(relsPart)) return rels;
  await parseXml(relsPart, await zip.open(relsPart), {
    open(name, attributes) {
      if (name !== 'Relationship' || attributes.TargetMode === 'External') return;
      const target = attributes.Target ?? '';
      const resolved = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(dir, target));
      rels.set(attributes.Id ?? '', { type: attributes.Type ?? '', part: resolved });
    },
  });
  return rels;
}

/** The strings cells refer to by index; rich text runs joined, phonetic guides (`rPh`) left out. */
async function readSharedStrings(zip: ZipArchive, part: string): Promise<string[]> {
  const strings: string[] = [];
  let current = '';
  let inText = false;
  let inPhonetic = false;
  await parseXml(part, await zip.open(part), {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 't') inText = true;
      else if (name === 'rPh') inPhonetic = true;
    },
    text(text) {
      if (inText && !inPhonetic) current += text;
    },
    close(name) {
      if (name === 'si') strings.push(current);
      else if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
    },
  });
  return strings;
}

/** The number kind of each cell style, from its number format: built-in by id, or custom by code. */
async function readStyleKinds(zip: ZipArchive, part: string): Promise<NumberKind[]> {
  const customCodes = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellFormats = false;
  await parseXml(part, await zip.open(part), {
    open(name, attributes) {
      if (name === 'numFmt') customCodes.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellFormats = true;
      else if (name === 'xf' && inCellFormats) formatIds.push(Number(attributes.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellFormats = false;
    },
  });
  return formatIds.map((id) => {
    const code = customCodes.get(id);
    return code === undefined ? builtInKind(id) : formatCodeKind(code);
  });
}
