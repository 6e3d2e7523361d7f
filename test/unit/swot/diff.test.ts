import { describe, expect, it } from 'vitest';
import { diffReviews } from '../../../src/core/swot/diff.js';
import type { Review } from '../../../src/core/swot/load.js';
import type { StoredItem } from '../../../src/core/swot/review.js';

let nextId = 1;
const item = (code: string, text: string, importance: number, likelihood: number | null = null, evidenceKey: string | null = null): StoredItem => ({
  id: nextId++,
  code,
  quadrant: ({ S: 'strength', W: 'weakness', O: 'opportunity', T: 'threat' } as const)[code[0] as 'S'],
  text,
  importance,
  likelihood,
  note: null,
  evidenceKey,
  evidence: null,
  origin: evidenceKey ? 'proposed' : 'added',
});

const review = (id: number, items: StoredItem[], strategies: Review['strategies'] = []): Review => ({ id, title: `R${id}`, createdAt: '2026-12-01T00:00:00.000Z', from: '2026-11-01', to: '2026-11-30', items, strategies });

describe('review diff', () => {
  it('matches items by their evidence or their text, and sorts them into added, dropped, re-scored and unchanged', () => {
    const older = review(1, [
      item('S1', 'Friendly staff', 4),
      item('W1', 'Misses its service level target (71% against >= 80%)', 4, null, 'target-service_level'),
      item('W2', 'Slow e-mail answers', 3),
      item('T1', 'A cheaper competitor', 4, 2),
    ]);
    const newer = review(2, [
      item('S1', 'friendly staff.', 4),
      // Same evidence, new numbers in the text: the same item, re-scored.
      item('W1', 'Misses its service level target (66% against >= 80%)', 5, null, 'target-service_level'),
      item('T1', 'A cheaper competitor', 4, 4),
      item('O1', 'Customers ask for chat', 3, 3),
    ]);
    const diff = diffReviews(older, newer);
    expect(diff.added).toEqual([{ quadrant: 'opportunity', text: 'Customers ask for chat', old: null, new: { code: 'O1', importance: 3, likelihood: 3 } }]);
    expect(diff.dropped).toEqual([{ quadrant: 'weakness', text: 'Slow e-mail answers', old: { code: 'W2', importance: 3, likelihood: null }, new: null }]);
    expect(diff.rescored.map((c) => [c.old?.code, c.new?.code, c.old?.importance, c.new?.importance, c.old?.likelihood, c.new?.likelihood])).toEqual([
      ['W1', 'W1', 4, 5, null, null],
      ['T1', 'T1', 4, 4, 2, 4],
    ]);
    expect(diff.unchanged.map((c) => c.text)).toEqual(['friendly staff.']);
  });

  it('lists the old review’s strategies with what became of them', () => {
    const base = { kind: 'WT' as const, first: 'W1', second: 'T1', owner: null, dueDay: null, commitmentId: null, statusAt: null };
    const older = review(1, [], [
      { ...base, id: 1, code: 'WT1', text: 'Hire two agents', status: 'done', outcome: 'done' },
      { ...base, id: 2, code: 'WT2', text: 'Publish waiting times', status: 'open', outcome: 'not_done', commitmentId: 5 },
    ]);
    expect(diffReviews(older, review(2, [])).strategies.map((s) => [s.code, s.text, s.outcome])).toEqual([
      ['WT1', 'Hire two agents', 'done'],
      ['WT2', 'Publish waiting times', 'not_done'],
    ]);
  });
});
