import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { wowEvidence } from '../../../src/core/swot/evidence/wow.js';
import { insertWow } from '../../../src/db/customer-ledger.js';
import { openStore, type Store } from '../../../src/db/open.js';
import { messages } from '../../../src/i18n/messages.js';

const at = (iso: string) => Date.parse(iso) / 1000;
// November 2026 as the evidence window: [1 Nov 00:00, 1 Dec 00:00).
const WINDOW = { from: at('2026-11-01T00:00:00Z'), to: at('2026-12-01T00:00:00Z'), previousFrom: at('2026-10-01T00:00:00Z'), previousTo: at('2026-11-01T00:00:00Z'), now: at('2026-12-02T00:00:00Z'), words: messages('en') };

let db: Store;
beforeEach(() => (db = openStore(':memory:')));
afterEach(() => db.close());

const wow = (iso: string, agent: string | null) => insertWow(db, { customer: 'c', text: 'beyond', agent, call_key: null, at: at(iso), by: 'x' });

describe('WOW moments as SWOT evidence', () => {
  it('offers nothing without WOW moments in the window', () => {
    wow('2026-10-31T23:59:59Z', 'dana');
    wow('2026-12-01T00:00:00Z', 'dana');
    expect(wowEvidence(db, WINDOW)).toEqual([]);
  });

  it('counts the window’s moments per agent (most first, unnamed last) and proposes a strength', () => {
    wow('2026-11-01T00:00:00Z', 'omer');
    wow('2026-11-10T00:00:00Z', 'dana');
    wow('2026-11-30T23:59:59Z', 'dana');
    wow('2026-11-15T00:00:00Z', null);
    wow('2026-12-01T00:00:00Z', 'omer');
    expect(wowEvidence(db, WINDOW)).toEqual([
      {
        key: 'customers-wow',
        source: 'customers',
        finding: '4 WOW moments recorded (dana: 2, omer: 1, no agent named: 1)',
        proposal: { quadrant: 'strength', text: 'Staff go beyond what customers expect: 4 WOW moments in the period', importance: 3, likelihood: null },
      },
    ]);
  });
});
