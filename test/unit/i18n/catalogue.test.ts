import { describe, expect, it } from 'vitest';
import { CATALOGUES, messages } from '../../../src/i18n/messages.js';
import { readYesNo } from '../../../src/interactive/yes-no.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the message catalogues', () => {
  const english = Object.entries(CATALOGUES.en);

  it('have a Hebrew message for every English one, and none that English lacks', () => {
    const missing = english.filter(([key]) => !(key in CATALOGUES.he)).map(([key]) => key);
    expect(missing).toEqual([]);
    expect(Object.keys(CATALOGUES.he).filter((key) => !(key in CATALOGUES.en))).toEqual([]);
  });

  it('word every Hebrew message in Hebrew, with the same values put in', () => {
    for (const [key, text] of english) {
      const hebrew = CATALOGUES.he[key] ?? '';
      // Arrows and punctuation alone need no translation.
      if (/[A-Za-z]/.test(text.replace(/\{\w+\}|Enter|svc .*--\w+/g, ''))) expect(hebrew, key).toMatch(/[\u05d0-\u05ea]/);
      expect(placeholders(hebrew), key).toEqual(placeholders(text));
    }
  });

  it('isolates the values put into a Hebrew message, and leaves English alone', () => {
    expect(messages('he').t('survey.progress', { number: 12, total: 44 })).toBe('\u206812\u2069 מתוך \u206844\u2069');
    expect(messages('en').t('survey.progress', { number: 12, total: 44 })).toBe('12 of 44');
    expect(messages('en').plural('survey.recorded', 1, { instrument: 'nps' })).toBe('Recorded 1 response to nps.');
    expect(messages('en').plural('survey.recorded', 2, { instrument: 'nps' })).toBe('Recorded 2 responses to nps.');
  });
});

describe('yes and no', () => {
  it('takes y/n and כ/ל, whole words too, in either language', () => {
    expect(['y', 'Yes', 'כ', 'כן'].map(readYesNo)).toEqual([true, true, true, true]);
    expect(['n', 'NO', 'ל', 'לא'].map(readYesNo)).toEqual([false, false, false, false]);
    expect(['', 'maybe', 'כנ'].map(readYesNo)).toEqual([undefined, undefined, undefined]);
  });
});
