import type { CustomerView } from '../../../core/customers/customer-view.js';
import type { Zone } from '../../../core/time/zone.js';
import { customerViewJson, customerViewTables } from '../customer-view.js';
import { tableFromTabular } from '../document/from-tabular.js';
import type { Document } from '../document/model.js';

/** `svc customer show` as a document: who they are to us, their trust account, then everything that happened. */
export function customerShowView(view: CustomerView, zone: Zone): Document {
  const { summary, trust, timeline } = customerViewTables(view, zone);
  const title = `Customer ${view.customer}`;
  return {
    title,
    blocks: [
      { kind: 'heading', text: title },
      { kind: 'keyValue', entries: summary.rows.map((row) => ({ key: String(row.field), label: String(row.field), value: row.value as string | number, type: 'text' })) },
      { ...tableFromTabular(trust, 'trust'), title: 'Trust account' },
      { ...tableFromTabular(timeline, 'timeline'), title: 'Timeline' },
    ],
    json: customerViewJson(view, zone),
  };
}
