import { describe, expect, it } from 'vitest';
import { answersFileAsk } from '../../../src/interactive/answers-file-ask.js';

describe('answers from a file', () => {
  const choices = [
    { value: 'accept', name: 'keep' },
    { value: 'drop', name: 'drop' },
  ] as const;

  it('reads each answer at its dotted key, array elements by index', async () => {
    const ask = answersFileAsk({ a: { b: [{ c: 'x' }, { c: 7 }] }, yes: true, pick: 'drop' }, 'answers.json');
    expect(await ask.input({ key: 'a.b.0.c', message: '' })).toBe('x');
    expect(await ask.number({ key: 'a.b.1.c', message: '', min: 0, max: 10 })).toBe(7);
    expect(await ask.confirm({ key: 'yes', message: '', default: false })).toBe(true);
    expect(await ask.select({ key: 'pick', message: '', choices, default: 'accept' })).toBe('drop');
    expect(await ask.group({ key: 'a.b.1', message: '', default: false })).toBe(true);
    expect(await ask.group({ key: 'a.b.2', message: '', default: true })).toBe(false);
    expect(ask.unused()).toEqual([]);
  });

  it('does what Enter does when an answer is missing or null: the default, or nothing when not required', async () => {
    const ask = answersFileAsk({ note: null }, 'answers.json');
    expect(await ask.input({ key: 'note', message: '' })).toBe('');
    expect(await ask.input({ key: 'title', message: '', default: 'Review' })).toBe('Review');
    expect(await ask.number({ key: 'n', message: '', min: 1, max: 5 })).toBeUndefined();
    expect(await ask.number({ key: 'n', message: '', min: 1, max: 5, default: 3, required: true })).toBe(3);
    expect(await ask.select({ key: 's', message: '', choices, default: 'accept' })).toBe('accept');
  });

  it('names the key and the problem of a bad or missing answer', async () => {
    const ask = answersFileAsk({ n: 11, s: 'keep', t: ['x'], f: 'yes', d: 'soon' }, 'answers.json');
    await expect(ask.number({ key: 'n', message: '', min: 0, max: 10 })).rejects.toThrow('answers.json: n: 11 is not a whole number from 0 to 10');
    await expect(ask.number({ key: 'm', message: '', min: 0, max: 10, required: true })).rejects.toThrow('answers.json: m: an answer is needed: a whole number from 0 to 10');
    await expect(ask.select({ key: 's', message: '', choices })).rejects.toThrow('answers.json: s: "keep" is not one of accept, drop');
    await expect(ask.input({ key: 't', message: '' })).rejects.toThrow('answers.json: t: must be text, not ["x"]');
    await expect(ask.confirm({ key: 'f', message: '', default: false })).rejects.toThrow('answers.json: f: must be true or false, not "yes"');
    await expect(ask.input({ key: 'x', message: '', required: true })).rejects.toThrow('answers.json: x: an answer is needed');
    await expect(ask.input({ key: 'd', message: '', validate: (text) => (text === 'soon' ? 'not a date' : undefined) })).rejects.toThrow('answers.json: d: not a date');
  });

  it('reports answers no question asked for', async () => {
    const ask = answersFileAsk({ answers: { nps: 9, npss: 3 }, extra: { deep: [1] } }, 'answers.json');
    await ask.number({ key: 'answers.nps', message: '', min: 0, max: 10 });
    expect(ask.unused()).toEqual(['answers.npss', 'extra.deep.0']);
  });

  it('reports an empty object or list no question looked into, but not one a question looked into', async () => {
    const ask = answersFileAsk({ items: { strength: [] }, itemz: {}, notes: [] }, 'answers.json');
    expect(await ask.group({ key: 'items.strength.0', message: '', default: false })).toBe(false);
    expect(ask.unused()).toEqual(['itemz', 'notes']);
  });

  it('names keys as the file writes them when the document was reshaped', async () => {
    const ask = answersFileAsk({ respondents: [{ answers: { nps: 12 }, extra: 1 }] }, 'answers.json', (key) => key.replace(/^respondents\.0\./, ''));
    await expect(ask.number({ key: 'respondents.0.answers.nps', message: '', min: 0, max: 10 })).rejects.toThrow('answers.json: answers.nps: 12 is not a whole number from 0 to 10');
    expect(ask.unused()).toEqual(['extra']);
  });
});
