import { describe, expect, it } from 'vitest';
import { NPS } from '../../../src/core/survey/builtin.js';
import { messages } from '../../../src/i18n/messages.js';
import type { Ask } from '../../../src/interactive/ask.js';
import { runForm, type Answers } from '../../../src/interactive/form.js';
import { runSurveySession, type SurveyDraft } from '../../../src/interactive/survey-session.js';
import { BACK, CTRL_C, sequenceAsk } from '../../helpers/sequence-ask.js';

/** Three questions; the third is asked only when the second is 'yes'. */
async function threeQuestions(ask: Ask): Promise<Record<string, unknown>> {
  ask.say('about you');
  const name = await ask.input({ key: 'name', message: 'Name' });
  const pet = await ask.confirm({ key: 'pet', message: 'A pet?', default: false });
  const kind = pet ? await ask.select({ key: 'kind', message: 'Which?', choices: [{ value: 'cat', name: 'a cat' }, { value: 'dog', name: 'a dog' }] }) : null;
  return { name, pet, kind };
}

const words = messages('en');

describe('a form with a way back', () => {
  it('goes back one question and asks it again, keeping the answers before it', async () => {
    const ask = sequenceAsk([
      ['name', 'Dana'],
      ['pet', true],
      ['kind', BACK],
      ['pet', false],
    ]);
    expect(await runForm(ask, threeQuestions)).toEqual({ name: 'Dana', pet: false, kind: null });
    expect(ask.asked).toEqual(['name', 'pet', 'kind', 'pet']);
    // What leads up to the first question was shown once: going back to the second does not repeat it.
    expect(ask.said).toEqual(['about you']);
  });

  it('going back from the first question asks it again and says there is nothing before it', async () => {
    const ask = sequenceAsk([
      ['name', BACK],
      ['name', 'Dana'],
      ['pet', false],
    ]);
    expect(await runForm(ask, threeQuestions, {})).toEqual({ name: 'Dana', pet: false, kind: null });
  });

  it('shows every answer for review, changes the one picked, and asks what the change opens up', async () => {
    const ask = sequenceAsk([
      ['name', 'Dana'],
      ['pet', false],
      ['review', 'pet'],
      ['pet', true],
      ['kind', 'dog'],
      ['review', 'name'],
      ['name', 'Dana Levi'],
      ['review', 'save'],
    ]);
    expect(await runForm(ask, threeQuestions, { review: words })).toEqual({ name: 'Dana Levi', pet: true, kind: 'dog' });
    expect(ask.offered.get('review')).toEqual(['Save', 'Name: Dana Levi', 'A pet?: Yes', 'Which?: a dog']);
  });

  it('a back from the review reopens the last question', async () => {
    const ask = sequenceAsk([
      ['name', 'Dana'],
      ['pet', true],
      ['kind', 'cat'],
      ['review', BACK],
      ['kind', 'dog'],
      ['review', 'save'],
    ]);
    expect(await runForm(ask, threeQuestions, { review: words })).toEqual({ name: 'Dana', pet: true, kind: 'dog' });
  });

  it('keeps every answer as it is given, and a resumed form asks only what is left', async () => {
    const kept: Answers[] = [];
    const first = sequenceAsk([
      ['name', 'Dana'],
      ['pet', true],
      ['kind', CTRL_C],
    ]);
    await expect(runForm(first, threeQuestions, { keep: (answers) => kept.push(answers) })).rejects.toThrow('interrupted');
    expect(kept.at(-1)).toEqual([
      ['name', 'Dana'],
      ['pet', true],
    ]);
    const second = sequenceAsk([['kind', 'cat']]);
    expect(await runForm(second, threeQuestions, { answers: kept.at(-1) })).toEqual({ name: 'Dana', pet: true, kind: 'cat' });
    expect(second.asked).toEqual(['kind']);
    // The text that leads up to the question asked is shown; the rest was seen before the interruption.
    expect(second.said).toEqual([]);
  });

  it('a question asked again under the same key is a separate answer', async () => {
    const twice = async (ask: Ask) => [await ask.input({ key: 'due', message: 'Due' }), await ask.input({ key: 'due', message: 'Due, needed now' })];
    const kept: Answers[] = [];
    const ask = sequenceAsk([
      ['due', ''],
      ['due', '2027-01-31'],
    ]);
    expect(await runForm(ask, twice, { keep: (answers) => kept.push(answers) })).toEqual(['', '2027-01-31']);
    expect(kept.at(-1)).toEqual([
      ['due', ''],
      ['due#2', '2027-01-31'],
    ]);
  });
});

describe('a survey at the terminal', () => {
  const session = (ask: Ask, drafts: SurveyDraft[], extra: object = {}) =>
    runSurveySession(ask, { instrument: NPS, lang: 'en', repeat: false, review: true, checkCall: () => undefined, complete: (draft) => drafts.push(draft), ...extra });

  it('steps back from the score to the call id, reviews, changes the score, and hands over the changed answers', async () => {
    const drafts: SurveyDraft[] = [];
    const ask = sequenceAsk([
      ['respondents.0.customer', '0501234567'],
      ['respondents.0.call', ''],
      ['respondents.0.answers.nps', BACK],
      ['respondents.0.call', ''],
      ['respondents.0.answers.nps', 3],
      ['respondents.0.comment', 'slow'],
      ['review', 'respondents.0.answers.nps'],
      ['respondents.0.answers.nps', 8],
      ['review', 'save'],
    ]);
    expect(await session(ask, drafts)).toEqual({ completed: 1, interrupted: false });
    expect(drafts).toEqual([{ customer: '0501234567', call: null, answers: new Map([['nps', 8]]), comment: 'slow' }]);
    expect(ask.offered.get('review')?.[0]).toBe('Save');
    expect(ask.offered.get('review')).toContain('Call id (optional, Enter to skip): (skipped)');
  });

  it('a resumed respondent asks only the rest, under its own number', async () => {
    const drafts: SurveyDraft[] = [];
    const kept: [number, Answers][] = [];
    const ask = sequenceAsk([
      ['respondents.1.comment', ''],
      ['review', 'save'],
      ['respondents.2', false],
    ]);
    const resume = { respondent: 1, answers: [['respondents.1.customer', 'A-7'], ['respondents.1.call', ''], ['respondents.1.answers.nps', 10]] as Answers };
    const result = await session(ask, drafts, { repeat: true, resume, keep: (respondent: number, answers: Answers) => kept.push([respondent, answers]) });
    expect(result).toEqual({ completed: 1, interrupted: false });
    expect(drafts).toEqual([{ customer: 'A-7', call: null, answers: new Map([['nps', 10]]), comment: null }]);
    expect(kept.at(-1)?.[0]).toBe(1);
  });
});
