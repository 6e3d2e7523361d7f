import { describe, expect, it } from 'vitest';
import { changeCommitment, commitmentStory, recordCommitment } from '../../../src/core/commitments/ledger.js';
import { listCommitments, overdueCommitments } from '../../../src/core/commitments/list.js';
import { commitmentStats } from '../../../src/core/commitments/stats.js';
import { ledgerKpis } from '../../../src/core/ledger/target-kpis.js';
import { openStore, type Store } from '../../../src/db/open.js';
import { connection } from '../../../src/db/store.js';

/*
 * The week under test is Monday 2026-11-16 to Sunday 2026-11-22 (UTC), hours counted from its
 * start (h0 = 2026-11-16 00:00); now = h178 (Monday 2026-11-23 10:00).
 *
 *        made   original due  events                            state now
 *   C1   h-144  h36           keep h30                          kept on time
 *   C2   h1     h48           keep h60                          kept 12 h late
 *   C3   h2     h72           extend → h120 at h70, keep h100    kept 28 h late (the original due counts)
 *   C4   h24    h96           break h97                         broken
 *   C5   h25    h100          cancel h90                        cancelled
 *   C6   h50    h150          —                                 open, overdue (h178 > h150)
 *   C7   h70    h160          extend → h200 at h150              open, not overdue (h178 < h200)
 *   C8   h100   h250          —                                 open, due after the week
 *   C9   h-360  h-250         keep h-260                        outside the week
 *
 * made in the week: C2..C8 = 7. Due in the week: C1..C7 = 7. Kept on time 1 (C1), late 2 (C2,
 * C3), broken 1, cancelled 1, open 2 (C6, C7), overdue 1 (C6). Kept rate 1/7.
 * Lateness of late ones: 12 h and 28 h → mean 20, median (12 + 28) / 2 = 20.
 * Owners: C1–C3 dana, C4–C6 eli, C7–C9 none.
 *   dana: due 3, on time 1, late 2, rate 1/3, lateness mean 20, median 20.
 *   eli: due 3, broken 1, cancelled 1, open 1, overdue 1, rate 0, lateness null.
 *   no owner (null): made 2 (C7, C8), due 1 (C7), open 1, rate 0.
 */
const H0 = Date.UTC(2026, 10, 16) / 1000;
const h = (hours: number) => H0 + hours * 3600;
const NOW = h(178);
const WEEK = { from: h(0), to: h(168) };

function add(db: Store, madeH: number, dueH: number, owner: string | null): number {
  return recordCommitment(db, {
    externalId: null,
    customer: `c${madeH}`,
    promise: `promise made at h${madeH}`,
    dueAt: h(dueH),
    owner,
    callId: null,
    channel: null,
    madeAt: h(madeH),
    madeBy: 'ruth',
    recordedAt: h(madeH),
  });
}

function scenario(): Store {
  const db = openStore(':memory:');
  connection(db).exec("INSERT INTO settings (key, value) VALUES ('timezone', 'UTC')");
  const c1 = add(db, -144, 36, 'dana');
  const c2 = add(db, 1, 48, 'dana');
  const c3 = add(db, 2, 72, 'dana');
  const c4 = add(db, 24, 96, 'eli');
  const c5 = add(db, 25, 100, 'eli');
  add(db, 50, 150, 'eli');
  const c7 = add(db, 70, 160, null);
  add(db, 100, 250, null);
  const c9 = add(db, -360, -250, null);
  changeCommitment(db, c1, { kind: 'keep', note: null }, 'dana', h(30));
  changeCommitment(db, c2, { kind: 'keep', note: 'late' }, 'dana', h(60));
  changeCommitment(db, c3, { kind: 'extend', dueAt: h(120), note: 'parts delayed' }, 'dana', h(70));
  changeCommitment(db, c3, { kind: 'keep', note: null }, 'dana', h(100));
  changeCommitment(db, c4, { kind: 'break', note: 'could not' }, 'eli', h(97));
  changeCommitment(db, c5, { kind: 'cancel', note: 'customer withdrew' }, 'eli', h(90));
  changeCommitment(db, c7, { kind: 'extend', dueAt: h(200), note: 'agreed' }, 'ruth', h(150));
  changeCommitment(db, c9, { kind: 'keep', note: null }, 'ruth', h(-260));
  return db;
}

describe('commitment states', () => {
  it('derives each state from the events, measuring the original due', () => {
    const db = scenario();
    const states = listCommitments(db, {}, NOW).map(({ state }) => [state.status, state.overdue, state.keptOnTime, state.lateByS]);
    expect(states).toEqual([
      ['kept', false, true, null],
      ['kept', false, false, 12 * 3600],
      ['kept', false, false, 28 * 3600],
      ['broken', false, null, null],
      ['cancelled', false, null, null],
      ['open', true, null, null],
      ['open', false, null, null],
      ['open', false, null, null],
      ['kept', false, true, null],
    ]);
    expect(commitmentStory(db, 3, NOW).state.currentDueAt).toBe(h(120));
    expect(commitmentStory(db, 3, NOW).commitment.dueAt).toBe(h(72));
  });

  it('lists overdue ones, the longest overdue first', () => {
    const db = scenario();
    expect(overdueCommitments(db, NOW).map(({ commitment }) => commitment.id)).toEqual([6]);
    // At h205 C7 (due in force h200) and C8 (h250: not yet) — C6 since h150 comes first.
    expect(overdueCommitments(db, h(205)).map(({ commitment }) => commitment.id)).toEqual([6, 7]);
  });

  it('refuses changes that do not fit, and writes nothing', () => {
    const db = scenario();
    const events = () => (connection(db).prepare('SELECT count(*) AS n FROM commitment_events').get() as { n: number }).n;
    const before = events();
    expect(() => changeCommitment(db, 4, { kind: 'keep', note: null }, 'x', NOW)).toThrow('commitment 4 is broken: it cannot be kept now');
    expect(() => changeCommitment(db, 1, { kind: 'break', note: 'x' }, 'x', NOW)).toThrow('commitment 1 is kept: it cannot be broken now');
    expect(() => changeCommitment(db, 5, { kind: 'extend', dueAt: h(400), note: 'x' }, 'x', NOW)).toThrow('commitment 5 is cancelled: it cannot be extended now');
    expect(() => changeCommitment(db, 7, { kind: 'extend', dueAt: h(200), note: 'x' }, 'x', NOW)).toThrow('the new due of commitment 7 is not after its current due');
    expect(() => changeCommitment(db, 99, { kind: 'note', note: 'x' }, 'x', NOW)).toThrow('no commitment 99');
    expect(events()).toBe(before);
    changeCommitment(db, 4, { kind: 'note', note: 'a note fits every state' }, 'x', NOW);
    expect(events()).toBe(before + 1);
  });
});

describe('commitment stats', () => {
  it('counts the week as worked out by hand', () => {
    const stats = commitmentStats(listCommitments(scenario(), {}, NOW), WEEK, 'owner');
    expect(stats.totals).toEqual({
      made: 7,
      due: 7,
      kept_on_time: 1,
      kept_late: 2,
      broken: 1,
      cancelled: 1,
      open: 2,
      overdue: 1,
      kept_rate: 1 / 7,
      lateness_mean_h: 20,
      lateness_median_h: 20,
      // Each entry's recorded time is its business time (see add and change below).
      back_dated: 0,
    });
    expect(stats.groups.map((group) => group.key)).toEqual(['dana', 'eli', null]);
    expect(stats.groups[0]!.measures).toMatchObject({ due: 3, kept_on_time: 1, kept_late: 2, kept_rate: 1 / 3, lateness_mean_h: 20 });
    expect(stats.groups[1]!.measures).toMatchObject({ due: 3, broken: 1, cancelled: 1, open: 1, overdue: 1, kept_rate: 0, lateness_median_h: null });
    expect(stats.groups[2]!.measures).toMatchObject({ made: 2, due: 1, open: 1, kept_rate: 0 });
  });

  it('gives the kept rate to the target registry, null for a week with nothing due', () => {
    const db = scenario();
    expect(ledgerKpis(db, WEEK, NOW).commit_kept_rate).toBe(1 / 7);
    expect(ledgerKpis(db, { from: h(1000), to: h(1168) }, NOW).commit_kept_rate).toBeNull();
  });
});
