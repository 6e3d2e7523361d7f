import { wowsPerAgent } from '../../../db/customer-ledger.js';
import type { Store } from '../../../db/open.js';
import type { Evidence, EvidenceWindow } from './evidence.js';

/** WOW moments of the period, per agent: a strength worth naming, with who earned it. */
export function wowEvidence(db: Store, window: EvidenceWindow): Evidence[] {
  const agents = wowsPerAgent(db, window.from, window.to);
  const total = agents.reduce((sum, row) => sum + row.wows, 0);
  if (total === 0) return [];
  const { words } = window;
  const byAgent = agents.map((row) => `${row.agent ?? words.t('evidence.wow.noAgent')}: ${row.wows}`).join(', ');
  return [
    {
      key: 'customers-wow',
      source: 'customers',
      finding: words.plural('evidence.wow.finding', total, { byAgent: byAgent ? ` (${byAgent})` : '' }),
      proposal: { quadrant: 'strength', text: words.plural('evidence.wow.proposal', total), importance: 3, likelihood: null },
    },
  ];
}
