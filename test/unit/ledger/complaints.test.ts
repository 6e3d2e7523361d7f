import { describe, expect, it } from 'vitest';
import type { ComplaintChange } from '../../../src/core/complaints/change.js';
import { changeComplaint, complaintStories, complaintStory, recordComplaint } from '../../../src/core/complaints/ledger.js';
import { complaintStats } from '../../../src/core/complaints/stats.js';
import { complaintTargets } from '../../../src/core/complaints/targets.js';
import { categoryKey } from '../../../src/core/complaints/category.js';
import { ledgerKpis } from '../../../src/core/ledger/target-kpis.js';
import { openStore, type Store } from '../../../src/db/open.js';
import { connection } from '../../../src/db/store.js';

/*
 * Week Monday 2026-11-16 to Sunday 2026-11-22 (UTC), hours from its start; now = h178.
 * Targets: complaint_ack_h <= 24, complaint_resolve_h <= 72, recurring_resolve_h <= 24.
 *
 *       customer  category    received  events                                        now
 *   K1  A         Billing     h-240     ack h-230, resolve h-200, close h-190         closed
 *   K2  A         " billing " h10       ack h20, resolve h40                          resolved; recurs after K1 (250 h < 30 d)
 *   K3  B         Delivery    h20       ack h50, resolve h80, reopen h90, resolve h100 resolved, reopened once
 *   K4  C (high)  delivery    h30       —                                             received (open)
 *   K5  D         BILLING     h160      —                                             received (open)
 *   K6  E         Staff       h50       resolve h52 (acknowledges too), close h60     closed
 *
 * Received in the week: K2–K6 = 5; acknowledged K2, K3, K6 = 3; resolved (not open) 3; closed 1
 * (K6); reopened 1 (K3); open 2 (K4, K5); recurring 1 (K2).
 * Hours to acknowledge: K2 10, K3 30, K6 2 → [2, 10, 30]: mean 14, median 10,
 *   p90: h = (3 − 1)·0.9 = 1.8 → 10 + 0.8·(30 − 10) = 26.
 * Hours to resolve (the standing resolution): K2 30, K3 80, K6 2 → [2, 30, 80]: mean 112/3,
 *   median 30, p90 30 + 0.8·(80 − 30) = 70.
 * Acknowledged within 24 h, of those decided: K2 yes, K3 no, K4 no (148 h and waiting), K6 yes;
 *   K5 (18 h, waiting) undecided → 2/4.
 * Resolved within target: K2 no (recurring: 30 > 24), K3 no (80 > 72), K4 no (148 and open),
 *   K6 yes; K5 undecided → 1/4.
 * Backlog at the week's end (h168): K4 (age 138 h), K5 (age 8 h) → 2, mean 73, max 138.
 * Pareto: billing 2 (K2, K5; named "Billing" as K1 first wrote it), delivery 2, staff 1 →
 *   shares 0.4, 0.4, 0.2; cumulative 0.4, 0.8, 1.
 * Target KPIs: longest time to acknowledge (waiting ones so far): K4 148 h. Longest to resolve,
 *   not recurring: K4 148 h. Recurring: K2 30 h.
 */
const H0 = Date.UTC(2026, 10, 16) / 1000;
const h = (hours: number) => H0 + hours * 3600;
const NOW = h(178);
const WEEK = { from: h(0), to: h(168) };
const TARGETS = [
  { kpi: 'complaint_ack_h', op: '<=' as const, value: 24 },
  { kpi: 'complaint_resolve_h', op: '<=' as const, value: 72 },
  { kpi: 'recurring_resolve_h', op: '<=' as const, value: 24 },
];

function add(db: Store, customer: string, category: string, receivedH: number, severity: 'medium' | 'high' = 'medium'): number {
  return recordComplaint(db, {
    externalId: null,
    customer,
    category,
    categoryKey: categoryKey(category),
    severity,
    channel: null,
    callId: null,
    remedy: null,
    description: `complaint at h${receivedH}`,
    receivedAt: h(receivedH),
    recordedBy: 'ruth',
    recordedAt: h(receivedH),
  });
}

const ack: ComplaintChange = { kind: 'ack', note: null };
const resolve: ComplaintChange = { kind: 'resolve', resolution: 'done', rootCause: null, note: null };
const close: ComplaintChange = { kind: 'close', note: null };

function scenario(): Store {
  const db = openStore(':memory:');
  connection(db).exec("INSERT INTO settings (key, value) VALUES ('timezone', 'UTC')");
  const k1 = add(db, 'A', 'Billing', -240);
  const k2 = add(db, 'A', ' billing ', 10);
  const k3 = add(db, 'B', 'Delivery', 20);
  add(db, 'C', 'delivery', 30, 'high');
  add(db, 'D', 'BILLING', 160);
  const k6 = add(db, 'E', 'Staff', 50);
  const events: [number, ComplaintChange, number][] = [
    [k1, ack, -230],
    [k1, resolve, -200],
    [k1, close, -190],
    [k2, ack, 20],
    [k2, resolve, 40],
    [k3, ack, 50],
    [k3, resolve, 80],
    [k3, { kind: 'reopen', note: 'not fixed' }, 90],
    [k3, resolve, 100],
    [k6, resolve, 52],
    [k6, close, 60],
  ];
  for (const [id, change, at] of events) changeComplaint(db, id, change, 'dana', h(at));
  return db;
}

describe('complaint states', () => {
  it('follows ISO 10002: acknowledged, resolved, reopened, closed', () => {
    const stories = complaintStories(scenario(), NOW);
    expect(stories.map(({ state }) => [state.status, state.open, state.reopened])).toEqual([
      ['closed', false, 0],
      ['resolved', false, 0],
      ['resolved', false, 1],
      ['received', true, 0],
      ['received', true, 0],
      ['closed', false, 0],
    ]);
    expect(stories[5]!.state.acknowledgedAt).toBe(h(52));
    expect(stories[2]!.state.resolvedAt).toBe(h(100));
    expect(stories.map((story) => story.previousId)).toEqual([null, 1, null, null, null, null]);
  });

  it('refuses changes that do not fit the state, and writes nothing', () => {
    const db = scenario();
    const count = () => (connection(db).prepare('SELECT count(*) AS n FROM complaint_events').get() as { n: number }).n;
    const before = count();
    expect(() => changeComplaint(db, 1, ack, 'x', NOW)).toThrow('complaint 1 is closed: it cannot be acknowledged');
    expect(() => changeComplaint(db, 2, ack, 'x', NOW)).toThrow('complaint 2 is resolved: it cannot be acknowledged');
    expect(() => changeComplaint(db, 4, close, 'x', NOW)).toThrow('complaint 4 is received: it cannot be closed');
    expect(() => changeComplaint(db, 4, { kind: 'reopen', note: 'x' }, 'x', NOW)).toThrow('complaint 4 is received: it cannot be reopened');
    expect(() => changeComplaint(db, 1, { kind: 'reopen', note: 'x' }, 'x', NOW)).toThrow('complaint 1 is closed: it cannot be reopened');
    expect(() => changeComplaint(db, 6, resolve, 'x', NOW)).toThrow('complaint 6 is closed: it cannot be resolved');
    expect(() => changeComplaint(db, 1, { kind: 'assign', assignee: 'x', note: null }, 'x', NOW)).toThrow('complaint 1 is closed: it cannot be assigned');
    changeComplaint(db, 4, ack, 'x', NOW);
    expect(() => changeComplaint(db, 4, ack, 'x', NOW)).toThrow('complaint 4 is already acknowledged');
    expect(() => changeComplaint(db, 42, ack, 'x', NOW)).toThrow('no complaint 42');
    expect(count()).toBe(before + 1);
  });

  it('keeps the latest assignee as owner', () => {
    const db = scenario();
    changeComplaint(db, 4, { kind: 'assign', assignee: 'dana', note: null }, 'x', NOW);
    changeComplaint(db, 4, { kind: 'assign', assignee: 'eli', note: 'dana is away' }, 'x', NOW);
    expect(complaintStory(db, 4, NOW).state.assignee).toBe('eli');
  });
});

describe('complaint stats', () => {
  it('measures the week as worked out by hand', () => {
    const db = scenario();
    const stats = complaintStats(complaintStories(db, NOW), WEEK, { now: NOW, targets: complaintTargets(TARGETS) }, 'severity');
    const totals = stats.totals;
    expect(totals).toMatchObject({ received: 5, acknowledged: 3, resolved: 3, closed: 1, reopened: 1, open: 2, recurring: 1 });
    expect([totals.ack_mean_h, totals.ack_median_h, totals.ack_p90_h]).toEqual([14, 10, 26]);
    expect(totals.resolve_mean_h).toBeCloseTo(112 / 3, 10);
    expect(totals.resolve_median_h).toBe(30);
    expect(totals.resolve_p90_h).toBeCloseTo(70, 10);
    expect([totals.ack_within_target, totals.resolve_within_target]).toEqual([0.5, 0.25]);
    expect([totals.backlog, totals.backlog_age_mean_h, totals.backlog_age_max_h]).toEqual([2, 73, 138]);
    expect(stats.pareto).toEqual([
      { category: 'Billing', count: 2, share: 0.4, cumulative_share: 0.4 },
      { category: 'Delivery', count: 2, share: 0.4, cumulative_share: 0.8 },
      { category: 'Staff', count: 1, share: 0.2, cumulative_share: 1 },
    ]);
    expect(stats.groups.map((group) => [group.key, group.measures.received, group.measures.open])).toEqual([
      ['high', 1, 1],
      ['medium', 4, 1],
    ]);
  });

  it('measures the backlog of a period not yet over as of now, not as of its future end', () => {
    const db = scenario();
    // Two weeks from h0, now h178: open now are K4 (received h30, age 148 h) and K5 (h160, 18 h) → mean 83, max 148.
    const stats = complaintStats(complaintStories(db, NOW), { from: h(0), to: h(336) }, { now: NOW, targets: complaintTargets(TARGETS) });
    expect([stats.totals.backlog, stats.totals.backlog_age_mean_h, stats.totals.backlog_age_max_h]).toEqual([2, 83, 148]);
  });

  it('leaves the within-target shares null when no target is set', () => {
    const db = scenario();
    const stats = complaintStats(complaintStories(db, NOW), WEEK, { now: NOW, targets: {} });
    expect([stats.totals.ack_within_target, stats.totals.resolve_within_target]).toEqual([null, null]);
  });

  it('gives the target registry the longest times', () => {
    const kpis = ledgerKpis(scenario(), WEEK, NOW);
    expect([kpis.complaint_ack_h, kpis.complaint_resolve_h, kpis.recurring_resolve_h]).toEqual([148, 148, 30]);
  });
});
