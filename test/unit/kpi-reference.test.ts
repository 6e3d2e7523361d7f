import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kpiReference, replaceKpiReference } from '../../src/io/render/reference/kpi-reference.js';

const page = readFileSync(new URL('../../docs/kpis.md', import.meta.url), 'utf8');

describe('docs/kpis.md (the KPI reference)', () => {
  it('matches the KPI catalogue (run `npm run readme` after changing a KPI)', () => {
    expect(page).toBe(replaceKpiReference(page, kpiReference()));
  });

  it("lists each of design.md's call KPIs and the ledger's, with the direction and unit the design gives them", () => {
    const row = (key: string) => page.split('\n').find((line) => line.includes(`| \`${key}\` |`));
    // Written from design.md's KPI table, not from the catalogue: a rate is a fraction, a wait is in seconds.
    expect(row('abandon_rate')).toMatch(/^\| Abandon rate \| `abandon_rate` \| fraction 0–1 .*\| lower \| yes \| \(abandoned − short_abandoned\) \/ offered \|$/);
    expect(row('service_level')).toMatch(/\| fraction 0–1 .*\| higher \| yes \| answered with wait ≤ T \/ offered \|$/);
    expect(row('aht_s')).toMatch(/\| seconds .*\| neither \| yes \|/);
    expect(row('commit_kept_rate')).toMatch(/\| fraction 0–1 .*\| higher \| yes \|/);
    expect(row('complaint_ack_h')).toMatch(/\| hours \| lower \| yes \|/);
    const keys = [...page.matchAll(/^\| [^|]+ \| `([a-z0-9_]+)` \|/gm)].map((match) => match[1]);
    // design.md's 19 call KPIs, average hold (docs/reports.md), and the ledger's four.
    expect(keys).toHaveLength(19 + 1 + 4);
    expect(row('hold_avg_s')).toMatch(/\| seconds .*\| lower \| yes \| mean hold time of answered calls whose hold time is known \|$/);
  });
});
