import { UserError } from '../errors.js';
import type { Ask } from './ask.js';

type Json = unknown;

export interface AnswersFileAsk extends Ask {
  /** Answers in the file that no question asked for (a misspelt key, an item the instrument lacks), as the file names them. */
  unused(): string[];
}

/**
 * Answers a session from a JSON document: each question reads the value at its key (a dotted
 * path; array elements by index). A missing or null answer does what pressing Enter would do:
 * it takes the default, or skips an answer that is not required; otherwise it is an error.
 * `keyInFile` names a key as the person wrote it, when the document was reshaped before reading.
 */
export function answersFileAsk(document: Json, label: string, keyInFile: (key: string) => string = (key) => key): AnswersFileAsk {
  const used = new Set<string>();
  // Every existing container a question looked into: an empty one elsewhere was asked for by no question.
  const entered = new Set<string>();
  const fail = (key: string, message: string): never => {
    throw new UserError(`${label}: ${keyInFile(key)}: ${message}`);
  };
  const lookup = (key: string): Json => {
    let value: Json = document;
    let path = '';
    for (const part of key.split('.')) {
      if (value === null || typeof value !== 'object') return undefined;
      value = (value as Record<string, Json>)[part];
      path = path === '' ? part : `${path}.${part}`;
      if (value !== undefined) entered.add(path);
    }
    if (value !== undefined) used.add(key);
    return value ?? undefined;
  };
  return {
    async select(question) {
      const value = lookup(question.key);
      const allowed = question.choices.map((choice) => choice.value);
      if (value === undefined) return question.default ?? fail(question.key, `an answer is needed: one of ${allowed.join(', ')}`);
      const choice = allowed.find((option) => option === value);
      return choice ?? fail(question.key, `${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
    },
    async confirm(question) {
      const value = lookup(question.key);
      if (value === undefined) return question.default;
      return typeof value === 'boolean' ? value : fail(question.key, `must be true or false, not ${JSON.stringify(value)}`);
    },
    async group(question) {
      return lookup(question.key) !== undefined;
    },
    async input(question) {
      const value = lookup(question.key);
      if (value !== undefined && typeof value !== 'string' && typeof value !== 'number') fail(question.key, `must be text, not ${JSON.stringify(value)}`);
      const text = value === undefined ? (question.default ?? '') : String(value).trim();
      if (text === '') return question.required ? fail(question.key, 'an answer is needed') : '';
      const problem = question.validate?.(text);
      return problem ? fail(question.key, problem) : text;
    },
    async number(question) {
      const value = lookup(question.key);
      const range = question.range ?? `a whole number from ${question.min} to ${question.max}`;
      if (value === undefined) return question.default ?? (question.required ? fail(question.key, `an answer is needed: ${range}`) : undefined);
      if (typeof value !== 'number' || !Number.isInteger(value) || value < question.min || value > question.max) {
        fail(question.key, `${JSON.stringify(value)} is not ${range}`);
      }
      return value as number;
    },
    say() {},
    unused: () =>
      leaves(document, '')
        .filter(({ key, empty }) => !(empty ? entered : used).has(key))
        .map(({ key }) => keyInFile(key)),
  };
}

/** The answers of a document, and its empty objects and lists (an answer no question may want either). */
function leaves(value: Json, prefix: string): { key: string; empty: boolean }[] {
  if (value === null || typeof value !== 'object') return prefix === '' ? [] : [{ key: prefix, empty: false }];
  const entries = Object.entries(value as Record<string, Json>);
  if (entries.length === 0) return prefix === '' ? [] : [{ key: prefix, empty: true }];
  return entries.flatMap(([key, child]) => leaves(child, prefix === '' ? key : `${prefix}.${key}`));
}
