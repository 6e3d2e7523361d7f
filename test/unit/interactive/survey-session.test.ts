import { describe, expect, it } from 'vitest';
import { CSAT, NPS } from '../../../src/core/survey/builtin.js';
import { parseInstrument } from '../../../src/core/survey/define.js';
import { SERVQUAL } from '../../../src/core/survey/servqual.js';
import { runSurveySession, type SurveyDraft, type SurveySessionOptions } from '../../../src/interactive/survey-session.js';
import { scriptedAsk } from '../../helpers/scripted-ask.js';

function options(overrides: Partial<SurveySessionOptions>, drafts: SurveyDraft[]): SurveySessionOptions {
  return { instrument: NPS, lang: 'en', repeat: false, checkCall: () => undefined, complete: (draft) => drafts.push(draft), ...overrides };
}

const VISIT = parseInstrument(
  {
    id: 'visit',
    scales: { agree5: { min: 1, max: 5 } },
    items: [
      { id: 'q1', text: 'The technician was polite', scale: 'agree5' },
      { id: 'q2', text: 'Anything about the price?', scale: 'agree5', optional: true },
    ],
  },
  'test',
);

describe('survey session', () => {
  it('asks the customer, the call, each item and a comment, and hands over one response', async () => {
    const drafts: SurveyDraft[] = [];
    const ask = scriptedAsk({ 'respondents.0.customer': '0501234567', 'respondents.0.call': 'C-9', 'respondents.0.answers.nps': 9, 'respondents.0.comment': 'quick' });
    const result = await runSurveySession(ask, options({}, drafts));
    expect(result).toEqual({ completed: 1, interrupted: false });
    expect(ask.asked).toEqual(['respondents.0.customer', 'respondents.0.call', 'respondents.0.answers.nps', 'respondents.0.comment']);
    expect(ask.messages[2]).toBe('How likely are you to recommend us to a friend or colleague? (0 = not at all likely … 10 = extremely likely)');
    expect(drafts).toEqual([{ customer: '0501234567', call: 'C-9', answers: new Map([['nps', 9]]), comment: 'quick' }]);
  });

  it('does not ask for what the command line gave, and skips an optional item left empty', async () => {
    const drafts: SurveyDraft[] = [];
    const ask = scriptedAsk({ 'respondents.0.answers.q1': 4 });
    await runSurveySession(ask, options({ instrument: VISIT, customer: 'A-1', call: 'C-1' }, drafts));
    expect(ask.asked).toEqual(['respondents.0.answers.q1', 'respondents.0.answers.q2', 'respondents.0.comment']);
    expect(ask.messages[1]).toBe('2 of 2 · Anything about the price? (1–5) (optional, Enter to skip)');
    expect(drafts).toEqual([{ customer: 'A-1', call: 'C-1', answers: new Map([['q1', 4]]), comment: null }]);
  });

  it('refuses a call the store does not have, through the check it is given', async () => {
    const ask = scriptedAsk({ 'respondents.0.call': 'nope', 'respondents.0.answers.nps': 9 });
    const session = runSurveySession(ask, options({ checkCall: (call) => (call === 'nope' ? 'the store has no call "nope"' : undefined) }, []));
    await expect(session).rejects.toThrow('script: respondents.0.call: the store has no call "nope"');
  });

  it('asks in Hebrew', async () => {
    const ask = scriptedAsk({ 'respondents.0.answers.csat': 5 });
    await runSurveySession(ask, options({ instrument: CSAT, lang: 'he' }, []));
    expect(ask.messages).toEqual(['לקוח (טלפון או מספר חשבון) (לא חובה, Enter לדילוג)', 'מזהה שיחה (לא חובה, Enter לדילוג)', 'מה מידת שביעות רצונך מהשירות שקיבלת? (1 = לא מרוצה כלל … 5 = מרוצה מאוד)', 'יש עוד משהו שתרצו לספר לנו? (לא חובה, Enter לדילוג)']);
  });

  it('goes on with --repeat until there is no other respondent', async () => {
    const drafts: SurveyDraft[] = [];
    const ask = scriptedAsk({ 'respondents.0.answers.nps': 10, 'respondents.1.answers.nps': 6, 'respondents.2.answers.nps': 8 });
    const result = await runSurveySession(ask, options({ repeat: true }, drafts));
    expect(result).toEqual({ completed: 3, interrupted: false });
    expect(drafts.map((draft) => draft.answers.get('nps'))).toEqual([10, 6, 8]);
    expect(ask.asked.filter((key) => /^respondents\.\d+$/.test(key))).toEqual(['respondents.1', 'respondents.2', 'respondents.3']);
  });

  it('keeps the completed respondents and says the one in progress has answers to keep on Ctrl-C', async () => {
    const drafts: SurveyDraft[] = [];
    const ask = scriptedAsk({ 'respondents.0.answers.nps': 10, 'respondents.1.answers.nps': 9, 'respondents.2.answers.nps': 3 }, { interruptAt: 'respondents.2.comment' });
    const result = await runSurveySession(ask, options({ repeat: true }, drafts));
    expect(result).toEqual({ completed: 2, interrupted: true, inProgress: true });
    expect(drafts.map((draft) => draft.answers.get('nps'))).toEqual([10, 9]);
  });

  it('asks SERVQUAL in two parts, then optional weights where the last dimension gets what is left', async () => {
    const script: Record<string, unknown> = {};
    for (const item of SERVQUAL.items) {
      script[`respondents.0.expectations.${item.id}`] = 6;
      script[`respondents.0.perceptions.${item.id}`] = 5;
    }
    Object.assign(script, { 'respondents.0.weights.tangibles': 10, 'respondents.0.weights.reliability': 40, 'respondents.0.weights.responsiveness': 20, 'respondents.0.weights.assurance': 20 });
    const drafts: SurveyDraft[] = [];
    const ask = scriptedAsk(script);
    await runSurveySession(ask, options({ instrument: SERVQUAL }, drafts));
    expect(ask.said.filter((text) => text.includes('Part'))).toEqual([
      '\nPart 1 of 2 — expectations. Think of an excellent organisation of this kind. How far do you agree with each statement?',
      '\nPart 2 of 2 — perceptions. Now think of this organisation. How far do you agree with each statement?',
    ]);
    expect(ask.messages[2]).toBe('1 of 44 · An excellent organisation of this kind uses modern, up-to-date equipment. (1 = strongly disagree … 7 = strongly agree)');
    expect(ask.messages[24]).toBe('23 of 44 · This organisation uses modern, up-to-date equipment. (1 = strongly disagree … 7 = strongly agree)');
    expect(ask.messages.at(-2)).toBe('Empathy gets the remaining 10 points');
    const [draft] = drafts;
    expect(draft?.answers.size).toBe(44 + 5);
    expect(draft?.answers.get('W:empathy')).toBe(10);
    expect(draft?.answers.get('E:emp5')).toBe(6);
    expect(draft?.answers.get('P:rel1')).toBe(5);
  });

  it('leaves the weights out when the respondent does not want to give them', async () => {
    const script: Record<string, unknown> = {};
    for (const item of SERVQUAL.items) {
      script[`respondents.0.expectations.${item.id}`] = 7;
      script[`respondents.0.perceptions.${item.id}`] = 7;
    }
    const drafts: SurveyDraft[] = [];
    await runSurveySession(scriptedAsk(script), options({ instrument: SERVQUAL }, drafts));
    expect([...(drafts[0]?.answers.keys() ?? [])].some((key) => key.startsWith('W:'))).toBe(false);
  });

  it('refuses a weight above what is left', async () => {
    const script: Record<string, unknown> = { 'respondents.0.weights.tangibles': 70, 'respondents.0.weights.reliability': 40 };
    for (const item of SERVQUAL.items) {
      script[`respondents.0.expectations.${item.id}`] = 7;
      script[`respondents.0.perceptions.${item.id}`] = 7;
    }
    await expect(runSurveySession(scriptedAsk(script), options({ instrument: SERVQUAL }, []))).rejects.toThrow(
      'script: respondents.0.weights.reliability: 40 is not a whole number from 0 to 30: the weights add up to 100, and 30 of them are left',
    );
  });

  it('says that the weights add up to 100 when the last one does not make them', async () => {
    // 10 + 30 + 20 + 20 = 80 given, so empathy must be the 20 left; 10 would make 90.
    const script: Record<string, unknown> = { 'respondents.0.weights.tangibles': 10, 'respondents.0.weights.reliability': 30, 'respondents.0.weights.responsiveness': 20, 'respondents.0.weights.assurance': 20, 'respondents.0.weights.empathy': 10 };
    for (const item of SERVQUAL.items) {
      script[`respondents.0.expectations.${item.id}`] = 7;
      script[`respondents.0.perceptions.${item.id}`] = 7;
    }
    await expect(runSurveySession(scriptedAsk(script), options({ instrument: SERVQUAL }, []))).rejects.toThrow(
      'script: respondents.0.weights.empathy: 10 is not 20: the weights add up to 100, and 20 of them are left for empathy',
    );
  });
});
