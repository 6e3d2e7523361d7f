import { UserError } from '../../errors.js';
import { builtinInstrument } from './builtin.js';
import type { Dimension, Instrument, Item, Scale } from './instrument.js';
import { LANGS, type LocalText } from './lang.js';
import { RESERVED_ITEM_IDS } from './response-columns.js';

const ID = /^[a-z][a-z0-9_-]{0,39}$/;
const ITEM_ID = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;
/** A longer scale is not a rating any more. */
const MAX_SCALE_POINTS = 21;

type Json = unknown;

/** Where a bad field is: the file as given, then a JSON path such as items[2].scale. */
class Fields {
  constructor(private readonly label: string) {}

  fail(path: string, message: string, hint?: string): never {
    throw new UserError(`${this.label}: ${path}: ${message}`, hint);
  }

  object(value: Json, path: string, allowed?: readonly string[]): Record<string, Json> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(path, 'must be an object');
    const record = value as Record<string, Json>;
    const unknown = allowed && Object.keys(record).find((key) => !allowed.includes(key));
    if (allowed && unknown !== undefined) this.fail(path === '(top level)' ? unknown : `${path}.${unknown}`, 'is not a field of an instrument definition', `allowed here: ${allowed.join(', ')}`);
    return record;
  }

  text(value: Json, path: string): LocalText {
    if (typeof value === 'string' && value.trim() !== '') return { en: value.trim() };
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const record = this.object(value, path, LANGS);
      const text: LocalText = {};
      for (const lang of LANGS) {
        const wording = record[lang];
        if (wording === undefined) continue;
        if (typeof wording !== 'string' || wording.trim() === '') this.fail(`${path}.${lang}`, 'must be non-empty text');
        text[lang] = wording.trim();
      }
      if (Object.keys(text).length > 0) return text;
    }
    return this.fail(path, 'must be non-empty text, or an object of texts by language ({"en": "…", "he": "…"})');
  }

  integer(value: Json, path: string): number {
    if (typeof value !== 'number' || !Number.isInteger(value)) this.fail(path, 'must be a whole number');
    return value;
  }

  flag(value: Json, path: string): boolean {
    if (value === undefined) return false;
    if (typeof value !== 'boolean') this.fail(path, 'must be true or false');
    return value;
  }

  id(value: Json, path: string, pattern: RegExp, describe: string): string {
    if (typeof value !== 'string' || !pattern.test(value)) this.fail(path, `must be ${describe}`);
    return value;
  }
}

/** Validates a custom instrument document (as parsed from JSON), naming the first bad field. */
export function parseInstrument(document: Json, label: string): Instrument {
  const fields = new Fields(label);
  const root = fields.object(document, '(top level)', ['id', 'title', 'scales', 'dimensions', 'items']);
  const id = fields.id(root.id, 'id', ID, 'lower-case letters, digits, - or _, starting with a letter (at most 40)');
  if (builtinInstrument(id)) fields.fail('id', `"${id}" is a built-in instrument`, 'choose another id');
  const title = root.title === undefined ? { en: id } : fields.text(root.title, 'title');

  const scales = new Map<string, Scale>();
  const scaleRecord = fields.object(root.scales ?? {}, 'scales');
  for (const [name, value] of Object.entries(scaleRecord)) scales.set(name, parseScale(fields, value, `scales.${name}`));

  const dimensions: Dimension[] = [];
  if (root.dimensions !== undefined && !Array.isArray(root.dimensions)) fields.fail('dimensions', 'must be a list');
  for (const [index, value] of ((root.dimensions ?? []) as Json[]).entries()) {
    const path = `dimensions[${index}]`;
    const record = fields.object(value, path, ['id', 'title']);
    const dimensionId = fields.id(record.id, `${path}.id`, ITEM_ID, 'a letter followed by letters, digits, - or _');
    if (dimensions.some((dimension) => dimension.id === dimensionId)) fields.fail(`${path}.id`, `"${dimensionId}" appears twice`);
    dimensions.push({ id: dimensionId, title: record.title === undefined ? { en: dimensionId } : fields.text(record.title, `${path}.title`) });
  }

  if (!Array.isArray(root.items) || root.items.length === 0) fields.fail('items', 'must be a list of at least one item');
  const items: Item[] = [];
  for (const [index, value] of (root.items as Json[]).entries()) {
    const item = parseItem(fields, value, `items[${index}]`, scales, dimensions);
    if (items.some((other) => other.id.toLowerCase() === item.id.toLowerCase())) fields.fail(`items[${index}].id`, `"${item.id}" appears twice`);
    items.push(item);
  }
  if (items.every((item) => item.optional)) fields.fail('items', 'at least one item must not be optional');
  return { id, kind: 'custom', title, dimensions, items, builtin: false };
}

function parseScale(fields: Fields, value: Json, path: string): Scale {
  const record = fields.object(value, path, ['min', 'max', 'low', 'high']);
  const min = fields.integer(record.min, `${path}.min`);
  const max = fields.integer(record.max, `${path}.max`);
  if (max <= min) fields.fail(`${path}.max`, `must be greater than min (${min})`);
  if (max - min + 1 > MAX_SCALE_POINTS) fields.fail(path, `has ${max - min + 1} points; a rating scale has at most ${MAX_SCALE_POINTS}`);
  const scale: Scale = { min, max };
  if (record.low !== undefined) scale.low = fields.text(record.low, `${path}.low`);
  if (record.high !== undefined) scale.high = fields.text(record.high, `${path}.high`);
  return scale;
}

function parseItem(fields: Fields, value: Json, path: string, scales: Map<string, Scale>, dimensions: Dimension[]): Item {
  const record = fields.object(value, path, ['id', 'text', 'scale', 'dimension', 'reverse', 'optional']);
  const id = fields.id(record.id, `${path}.id`, ITEM_ID, 'a letter followed by letters, digits, - or _ (at most 40)');
  if (RESERVED_ITEM_IDS.includes(id.toLowerCase())) fields.fail(`${path}.id`, `"${id}" is reserved for a column of response files`, `reserved: ${RESERVED_ITEM_IDS.join(', ')}`);
  const text = fields.text(record.text, `${path}.text`);
  if (typeof record.scale !== 'string') fields.fail(`${path}.scale`, 'must name one of the scales', scaleHint(scales));
  const scale = scales.get(record.scale);
  if (!scale) fields.fail(`${path}.scale`, `unknown scale "${record.scale}"`, scaleHint(scales));
  const item: Item = { id, text, scale, reverse: fields.flag(record.reverse, `${path}.reverse`), optional: fields.flag(record.optional, `${path}.optional`) };
  if (record.dimension !== undefined) {
    if (typeof record.dimension !== 'string' || !dimensions.some((dimension) => dimension.id === record.dimension)) {
      fields.fail(`${path}.dimension`, `unknown dimension ${JSON.stringify(record.dimension)}`, dimensions.length ? `dimensions are: ${dimensions.map((d) => d.id).join(', ')}` : 'declare it under "dimensions"');
    }
    item.dimension = record.dimension;
  }
  if (item.reverse && item.dimension === undefined) fields.fail(`${path}.reverse`, 'only an item of a dimension can be reverse-scored');
  return item;
}

function scaleHint(scales: Map<string, Scale>): string {
  return scales.size ? `scales are: ${[...scales.keys()].join(', ')}` : 'declare it under "scales", e.g. {"agree5": {"min": 1, "max": 5}}';
}
