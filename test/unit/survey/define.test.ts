import { describe, expect, it } from 'vitest';
import { parseInstrument } from '../../../src/core/survey/define.js';
import { langFromLocale } from '../../../src/core/survey/lang.js';
import { UserError } from '../../../src/errors.js';

const VALID = {
  id: 'after-visit',
  title: { en: 'After the visit', he: 'אחרי הביקור' },
  scales: { agree5: { min: 1, max: 5, low: 'strongly disagree', high: 'strongly agree' } },
  dimensions: [{ id: 'care', title: 'Care' }],
  items: [
    { id: 'q1', text: 'The technician was polite', scale: 'agree5', dimension: 'care' },
    { id: 'q2', text: { en: 'The technician was in a hurry', he: 'הטכנאי מיהר' }, scale: 'agree5', dimension: 'care', reverse: true },
    { id: 'q3', text: 'The visit was on time', scale: 'agree5', optional: true },
  ],
};

function problem(document: unknown): { message: string; hint?: string } {
  try {
    parseInstrument(document, 'visit.json');
  } catch (error) {
    if (error instanceof UserError) return { message: error.message, hint: error.hint };
    throw error;
  }
  throw new Error('expected the definition to be refused');
}

const withItem = (change: Record<string, unknown>) => ({ ...VALID, items: [{ ...VALID.items[0], ...change }, ...VALID.items.slice(1)] });

describe('custom instrument definitions', () => {
  it('reads a valid definition', () => {
    const instrument = parseInstrument(VALID, 'visit.json');
    expect(instrument).toMatchObject({ id: 'after-visit', kind: 'custom', builtin: false, title: { en: 'After the visit', he: 'אחרי הביקור' } });
    expect(instrument.items.map((item) => [item.id, item.reverse, item.optional, item.dimension])).toEqual([
      ['q1', false, false, 'care'],
      ['q2', true, false, 'care'],
      ['q3', false, true, undefined],
    ]);
    expect(instrument.items[0]?.scale).toEqual({ min: 1, max: 5, low: { en: 'strongly disagree' }, high: { en: 'strongly agree' } });
  });

  it('names the bad field in every refusal', () => {
    expect(problem(withItem({ scale: 'agree7' }))).toEqual({ message: 'visit.json: items[0].scale: unknown scale "agree7"', hint: 'scales are: agree5' });
    expect(problem(withItem({ dimension: 'speed' }))).toEqual({ message: 'visit.json: items[0].dimension: unknown dimension "speed"', hint: 'dimensions are: care' });
    expect(problem(withItem({ reversed: true })).message).toBe('visit.json: items[0].reversed: is not a field of an instrument definition');
    expect(problem(withItem({ reverse: 'yes' })).message).toBe('visit.json: items[0].reverse: must be true or false');
    expect(problem(withItem({ text: '' })).message).toMatch(/^visit\.json: items\[0\]\.text: must be non-empty text/);
    expect(problem(withItem({ id: 'Q2' })).message).toBe('visit.json: items[1].id: "q2" appears twice');
    expect(problem(withItem({ id: 'customer' })).message).toBe('visit.json: items[0].id: "customer" is reserved for a column of response files');
    expect(problem(withItem({ dimension: undefined, reverse: true })).message).toBe('visit.json: items[0].reverse: only an item of a dimension can be reverse-scored');
    expect(problem({ ...VALID, id: 'nps' })).toEqual({ message: 'visit.json: id: "nps" is a built-in instrument', hint: 'choose another id' });
    expect(problem({ ...VALID, id: 'After Visit' }).message).toMatch(/^visit\.json: id: must be lower-case letters/);
    expect(problem({ ...VALID, scales: { agree5: { min: 5, max: 1 } } }).message).toBe('visit.json: scales.agree5.max: must be greater than min (5)');
    expect(problem({ ...VALID, scales: { agree5: { min: 1, max: 4.5 } } }).message).toBe('visit.json: scales.agree5.max: must be a whole number');
    expect(problem({ ...VALID, items: [] }).message).toBe('visit.json: items: must be a list of at least one item');
    expect(problem({ ...VALID, items: [{ ...VALID.items[2] }] }).message).toBe('visit.json: items: at least one item must not be optional');
    expect(problem({ ...VALID, colour: 'red' })).toMatchObject({ message: 'visit.json: colour: is not a field of an instrument definition' });
    expect(problem([VALID]).message).toBe('visit.json: (top level): must be an object');
  });
});

describe('language from the locale', () => {
  it('takes Hebrew from LC_ALL, LC_MESSAGES or LANG, English otherwise', () => {
    expect(langFromLocale({ LANG: 'he_IL.UTF-8' })).toBe('he');
    expect(langFromLocale({ LC_ALL: 'iw_IL', LANG: 'en_US.UTF-8' })).toBe('he');
    expect(langFromLocale({ LC_ALL: 'en_GB.UTF-8', LANG: 'he_IL.UTF-8' })).toBe('en');
    expect(langFromLocale({ LC_MESSAGES: 'he' })).toBe('he');
    expect(langFromLocale({ LANG: 'hr_HR.UTF-8' })).toBe('en');
    expect(langFromLocale({})).toBe('en');
  });
});
