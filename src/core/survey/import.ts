import { createHash } from 'node:crypto';
import { UserError } from '../../errors.js';
import type { LedgerCsv } from '../ledger/csv-import.js';
import type { Store } from '../../db/open.js';
import { responseInserter, responseKeyExists, type NewResponse } from '../../db/surveys.js';
import { parseWhen } from '../time/when.js';
import type { Zone } from '../time/zone.js';
import type { Instrument } from './instrument.js';
import { assertLang } from './lang.js';
import { RESPONSE_COLUMNS } from './response-columns.js';
import { answerProblem, questionsOf } from './questions.js';
import { SERVQUAL_WEIGHT_POINTS, servqualKey } from './servqual.js';

type ImportedResponse = NewResponse & { externalId: string };

/** Header names are compared like this: case-insensitive, spaces and dashes as underscores. */
const headerName = (name: string) => name.trim().toLowerCase().replace(/[\s-]+/g, '_');

export interface SurveyCsvOptions {
  instrument: Instrument;
  /** The file as given: stored as each response's source. */
  source: string;
  /** `--map FIELD=COLUMN`: FIELD is an answer key (nps, q1, E:rel1, W:empathy) or one of RESPONSE_COLUMNS. */
  map: Record<string, string>;
  now: number;
  zone: Zone;
}

/**
 * How `svc survey import` reads a response file: a header row naming responded_at and one column
 * per answer (the item id, or SERVQUAL's E:id, P:id and W:dimension). A row's response_id, or
 * else a hash of the row, is its key, so the same file imported again adds nothing.
 */
export function surveyCsv(options: SurveyCsvOptions): LedgerCsv<ImportedResponse> {
  const { instrument } = options;
  const questions = questionsOf(instrument);
  const weightKeys = instrument.kind === 'servqual' ? instrument.dimensions.map((dimension) => servqualKey('W', dimension.id)) : [];
  const columns: Record<string, readonly string[]> = { ...RESPONSE_COLUMNS };
  for (const key of [...questions.map((question) => question.key), ...weightKeys]) columns[key] = [headerName(key)];
  for (const [given, column] of Object.entries(options.map)) {
    // --map names fields case-insensitively; SERVQUAL's keys (E:rel1) are not all lower case.
    const field = Object.keys(columns).find((key) => key.toLowerCase() === given.toLowerCase());
    if (field === undefined) throw new UserError(`--map ${given}=${column}: "${given}" is not a field of ${instrument.id} responses`, `fields: ${Object.keys(columns).join(', ')}`);
    columns[field] = [column];
  }
  return {
    columns,
    required: ['responded_at', ...questions.filter((question) => !question.item.optional).map((question) => question.key)],
    build(fields) {
      const answers = new Map<string, number>();
      for (const question of questions) {
        const value = answer(fields[question.key], question.key);
        if (value === undefined) {
          if (!question.item.optional) throw new UserError(`${question.key}: an answer is needed`);
          continue;
        }
        const problem = answerProblem(question.item, value);
        if (problem) throw new UserError(`${question.key}: ${problem}`);
        answers.set(question.key, value);
      }
      addWeights(fields, weightKeys, answers);
      const respondedAt = parseWhen(fields.responded_at ?? '', { now: options.now, zone: options.zone, dayEdge: 'start', direction: 'past', what: 'responded_at', phrases: false });
      if (respondedAt > options.now) throw new UserError(`responded_at "${fields.responded_at}" is in the future`);
      const id = fields.response_id?.trim();
      const externalId = `${instrument.id}:${id ? id : `#${rowHash(fields)}`}`;
      const lang = fields.lang?.trim() ? assertLang(fields.lang.trim()) : null;
      const text = (field: string) => fields[field]?.trim() || null;
      return { externalId, instrument: instrument.id, responseKey: externalId, respondedAt, lang, customer: text('customer'), callKey: text('call'), comment: text('comment'), source: options.source, answers };
    },
    exists: responseKeyExists,
    insert: (db: Store, entry: ImportedResponse) => {
      responseInserter(db).insert(entry);
    },
  };
}

function answer(text: string | undefined, key: string): number | undefined {
  const value = text?.trim() ?? '';
  if (value === '') return undefined;
  if (!/^-?\d+(\.\d+)?$/.test(value)) throw new UserError(`${key}: "${value}" is not a number`);
  return Number(value);
}

/** SERVQUAL's importance points: none, or all five adding up to 100. */
function addWeights(fields: Record<string, string | undefined>, keys: readonly string[], answers: Map<string, number>): void {
  const given = keys.filter((key) => fields[key]?.trim());
  if (given.length === 0) return;
  if (given.length < keys.length) throw new UserError(`${keys.find((key) => !given.includes(key))}: importance points are given for all five dimensions or for none`);
  let sum = 0;
  for (const key of keys) {
    const points = answer(fields[key], key) as number;
    if (!Number.isInteger(points) || points < 0 || points > SERVQUAL_WEIGHT_POINTS) throw new UserError(`${key}: ${points} is not a whole number from 0 to ${SERVQUAL_WEIGHT_POINTS}`);
    answers.set(key, points);
    sum += points;
  }
  if (sum !== SERVQUAL_WEIGHT_POINTS) throw new UserError(`${keys.join(', ')}: importance points add up to ${sum}, not ${SERVQUAL_WEIGHT_POINTS}`);
}

function rowHash(fields: Record<string, string | undefined>): string {
  const text = Object.keys(fields)
    .sort()
    .map((field) => `${field}=${fields[field] ?? ''}`)
    .join('\u0001');
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}
