import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../src/core/swot/evidence/evidence.js';
import type { Review } from '../../../src/core/swot/load.js';
import { UserError } from '../../../src/errors.js';
import { messages } from '../../../src/i18n/messages.js';
import { runSwotSession, type SwotSessionOptions } from '../../../src/interactive/swot-session.js';
import { scriptedAsk } from '../../helpers/scripted-ask.js';

const EVIDENCE: Evidence[] = [
  { key: 'calls-volume', source: 'calls', finding: '120 calls offered (previous period: 100)' },
  {
    key: 'target-service_level',
    source: 'targets',
    finding: 'service level: 71.5% against the target >= 80%, missed',
    proposal: { quadrant: 'weakness', text: 'Misses its service level target (71.5% against the target >= 80%)', importance: 4, likelihood: null },
  },
  {
    key: 'complaints-billing',
    source: 'complaints',
    finding: '6 complaints about billing (previous period: 2)',
    proposal: { quadrant: 'threat', text: 'Complaints about billing are rising (2 → 6)', importance: 4, likelihood: 4 },
  },
  {
    key: 'servqual-empathy',
    source: 'surveys',
    finding: 'SERVQUAL empathy: perception 6.10, expectation 5.80, gap +0.30',
    proposal: { quadrant: 'strength', text: 'Our empathy beats what customers expect (gap +0.30)', importance: 3, likelihood: null },
  },
];

function options(overrides: Partial<SwotSessionOptions> = {}): SwotSessionOptions {
  return {
    defaultTitle: 'Service review 2026-11-01 to 2026-11-30',
    words: messages('en'),
    from: '2026-11-01',
    to: '2026-11-30',
    evidence: EVIDENCE,
    previous: null,
    canCommit: true,
    dueDay: (text) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new UserError(`due date "${text}" is not a date or time`);
      return text;
    },
    ...overrides,
  };
}

describe('SWOT session', () => {
  it('asks in Hebrew, the values in its messages isolated', async () => {
    const ask = scriptedAsk({ title: 'סקירה' });
    await runSwotSession(ask, options({ words: messages('he') }));
    expect(ask.said[0]).toBe('סקירת SWOT לתקופה \u20682026-11-01\u2069 עד \u20682026-11-30\u2069');
    expect(ask.messages.slice(0, 2)).toEqual(['כותרת הסקירה', 'להשאיר את הפריט הזה (\u2068חולשה\u2069)?']);
    expect(ask.messages).toContain('חוזקה להוסיף? (Enter אם אין)'.replace('חוזקה', '\u2068חוזקה\u2069'));
    expect(ask.messages).toContain('הזדמנות להוסיף? (Enter אם אין)');
  });

  it('shows the evidence, then lets each proposal be kept, edited or dropped', async () => {
    const ask = scriptedAsk({
      title: 'November review',
      'proposals.target-service_level.action': 'accept',
      'proposals.complaints-billing.action': 'edit',
      'proposals.complaints-billing.text': 'Billing complaints are climbing',
      'proposals.complaints-billing.likelihood': 5,
      'proposals.servqual-empathy.action': 'drop',
    });
    const result = await runSwotSession(ask, options());
    if ('interrupted' in result) throw new Error('not expected to be interrupted');
    expect(ask.said.slice(0, 6)).toEqual([
      'SWOT review of 2026-11-01 to 2026-11-30',
      'What the store shows (this period against the one before):',
      '  - 120 calls offered (previous period: 100)',
      '  - service level: 71.5% against the target >= 80%, missed',
      '  - 6 complaints about billing (previous period: 2)',
      '  - SERVQUAL empathy: perception 6.10, expectation 5.80, gap +0.30',
    ]);
    expect(result.draft.title).toBe('November review');
    expect(result.draft.items).toEqual([
      { quadrant: 'weakness', text: 'Misses its service level target (71.5% against the target >= 80%)', importance: 4, likelihood: null, note: null, evidenceKey: 'target-service_level', evidence: 'service level: 71.5% against the target >= 80%, missed', origin: 'proposed' },
      // Importance kept at its proposed 4 (Enter), likelihood raised to 5, note skipped.
      { quadrant: 'threat', text: 'Billing complaints are climbing', importance: 4, likelihood: 5, note: null, evidenceKey: 'complaints-billing', evidence: '6 complaints about billing (previous period: 2)', origin: 'edited' },
    ]);
    expect(ask.asked).toContain('proposals.complaints-billing.note');
    expect(ask.asked).not.toContain('proposals.servqual-empathy.text');
  });

  it('takes more items per quadrant, with a likelihood only for opportunities and threats, then strategies for picked pairs', async () => {
    const ask = scriptedAsk({
      'items.strength.0.text': 'Agents who know the products',
      'items.strength.0.importance': 5,
      'items.strength.0.note': 'from the quality audit',
      'items.strength.1.text': 'Long opening hours',
      'items.strength.1.importance': 2,
      'items.opportunity.0.text': 'Customers ask for chat',
      'items.opportunity.0.importance': 4,
      'items.opportunity.0.likelihood': 5,
      'strategies.0.pair': 'S1-O1',
      'strategies.0.text': 'Open a chat line staffed by the senior agents',
      'strategies.0.owner': 'dana',
      'strategies.0.due': '2027-02-28',
      'strategies.0.commitment': true,
      'strategies.1.pair': 'W1-T1',
      'strategies.1.text': 'Explain bills better',
    });
    const result = await runSwotSession(ask, options({ title: 'Given on the command line' }));
    if ('interrupted' in result) throw new Error('not expected to be interrupted');
    expect(ask.asked).not.toContain('title');
    expect(ask.asked).not.toContain('items.strength.1.likelihood');
    expect(result.draft.items.filter((item) => item.origin === 'added')).toEqual([
      { quadrant: 'strength', text: 'Agents who know the products', importance: 5, likelihood: null, note: 'from the quality audit', evidenceKey: null, evidence: null, origin: 'added' },
      { quadrant: 'strength', text: 'Long opening hours', importance: 2, likelihood: null, note: null, evidenceKey: null, evidence: null, origin: 'added' },
      { quadrant: 'opportunity', text: 'Customers ask for chat', importance: 4, likelihood: 5, note: null, evidenceKey: null, evidence: null, origin: 'added' },
    ]);
    // Accepted proposals come first in their quadrant: S1 empathy (3), S2 agents (5), S3 hours (2);
    // W1 service level; O1 chat; T1 billing. The pair asked for by code S1-O1 is empathy × chat.
    expect(result.draft.strategies).toEqual([
      { kind: 'SO', first: 'S1', second: 'O1', text: 'Open a chat line staffed by the senior agents', owner: 'dana', dueDay: '2027-02-28', commit: true },
      { kind: 'WT', first: 'W1', second: 'T1', text: 'Explain bills better', owner: null, dueDay: null, commit: false },
    ]);
    expect(ask.messages[ask.asked.indexOf('strategies.0.pair')]).toBe('Write a strategy for which pair?');
    expect(ask.messages[ask.asked.indexOf('strategies.1.pair')]).toBe('Another strategy, for which pair?');
  });

  it('asks again for a due date when a strategy is to be followed as a commitment without one', async () => {
    const ask = scriptedAsk({
      'proposals.servqual-empathy.action': 'accept',
      'strategies.0.pair': 'S1-T1',
      'strategies.0.text': 'Let the most caring agents call back billing complainants',
      'strategies.0.commitment': true,
    });
    await expect(runSwotSession(ask, options())).rejects.toThrow('script: strategies.0.due: an answer is needed');
    expect(ask.messages.at(-1)).toBe('A commitment needs a due date (YYYY-MM-DD)');
  });

  it('refuses a due date that is not a date', async () => {
    const ask = scriptedAsk({ 'strategies.0.pair': 'S1-T1', 'strategies.0.text': 'x', 'strategies.0.due': 'soonish' });
    await expect(runSwotSession(ask, options())).rejects.toThrow('script: strategies.0.due: due date "soonish" is not a date or time');
  });

  it('refuses a due date in Hebrew in a Hebrew session, naming the forms it takes', async () => {
    const ask = scriptedAsk({ title: 'סקירה', 'strategies.0.pair': 'S1-T1', 'strategies.0.text': 'x', 'strategies.0.due': 'בקרוב' });
    await expect(runSwotSession(ask, options({ words: messages('he') }))).rejects.toThrow(
      'script: strategies.0.due: "\u2068בקרוב\u2069" אינו מועד: YYYY-MM-DD, tomorrow, 30d …, היום או מאוחר יותר',
    );
  });

  it('ends without a review when interrupted halfway', async () => {
    const ask = scriptedAsk({ 'items.strength.0.text': 'Friendly staff', 'items.strength.0.importance': 4 }, { interruptAt: 'items.weakness.0.text' });
    expect(await runSwotSession(ask, options())).toEqual({ interrupted: true });
  });

  it('works from a blank page when the store has no evidence', async () => {
    const ask = scriptedAsk({ 'items.weakness.0.text': 'Nobody answers e-mail on Fridays', 'items.weakness.0.importance': 3, 'items.threat.0.text': 'A cheaper competitor', 'items.threat.0.importance': 4, 'items.threat.0.likelihood': 2 });
    const result = await runSwotSession(ask, options({ evidence: [] }));
    if ('interrupted' in result) throw new Error('not expected to be interrupted');
    expect(ask.said.slice(0, 2)).toEqual([
      'SWOT review of 2026-11-01 to 2026-11-30',
      'The store has no evidence for this period (no calls, targets, complaints, commitments or survey responses): the review starts from a blank page.',
    ]);
    expect(ask.asked.some((key) => key.startsWith('proposals.'))).toBe(false);
    expect(result.draft.title).toBe('Service review 2026-11-01 to 2026-11-30');
    expect(result.draft.items.map((item) => item.text)).toEqual(['Nobody answers e-mail on Fridays', 'A cheaper competitor']);
    expect(result.draft.strategies).toEqual([]);
    expect(ask.asked).toContain('strategies.0.pair');
  });

  it('says so and asks no strategy when nothing can be paired', async () => {
    const ask = scriptedAsk({ 'items.strength.0.text': 'Friendly staff', 'items.strength.0.importance': 4 });
    const result = await runSwotSession(ask, options({ evidence: [] }));
    if ('interrupted' in result) throw new Error('not expected to be interrupted');
    expect(ask.said.at(-1)).toBe('\nTOWS needs a strength or weakness and an opportunity or threat to pair: no strategies this time.');
    expect(ask.asked.some((key) => key.startsWith('strategies.'))).toBe(false);
  });

  it('asks what became of the previous review’s open strategies that no commitment follows', async () => {
    const strategy = { kind: 'SO' as const, first: 'S1', second: 'O1', owner: 'dana', dueDay: '2026-10-31', status: 'open' as const, statusAt: null, outcome: 'open' as const };
    const previous: Review = {
      id: 7,
      title: 'October review',
      createdAt: '2026-10-02T09:00:00.000Z',
      from: '2026-09-01',
      to: '2026-09-30',
      items: [],
      strategies: [
        { ...strategy, id: 11, code: 'SO1', text: 'Train on the new tariffs', commitmentId: null },
        { ...strategy, id: 12, code: 'SO2', text: 'Call back every abandoned caller', commitmentId: 3 },
        { ...strategy, id: 13, code: 'SO3', text: 'Publish the service charter', commitmentId: null },
        { ...strategy, id: 14, code: 'SO4', text: 'Already done', commitmentId: null, outcome: 'done' },
      ],
    };
    const ask = scriptedAsk({ 'previous.SO1': 'done', 'previous.SO3': 'open' });
    const result = await runSwotSession(ask, options({ previous, evidence: [] }));
    if ('interrupted' in result) throw new Error('not expected to be interrupted');
    expect(ask.asked.filter((key) => key.startsWith('previous.'))).toEqual(['previous.SO1', 'previous.SO3']);
    expect(ask.messages[ask.asked.indexOf('previous.SO1')]).toBe('SO1 "Train on the new tariffs", owner dana, due 2026-10-31: what became of it?');
    expect(result.draft.previousOutcomes).toEqual([{ strategyId: 11, status: 'done' }]);
  });
});
