import type { StoreInfo } from '../../../db/info.js';
import type { Document } from '../document/model.js';

/** `svc db info`: the files and their size for a person; the row count of every table for all. */
export function storeInfoView(info: StoreInfo): Document {
  return {
    title: 'Store',
    blocks: [
      {
        kind: 'keyValue',
        entries: [
          { key: 'file', label: 'file', type: 'text', value: info.file },
          { key: 'ledger_file', label: 'ledger file', type: 'text', value: info.ledger_file },
          { key: 'schema_version', label: 'schema version', type: 'text', value: String(info.schema_version) },
          { key: 'size_bytes', label: 'size', type: 'text', value: `${info.size_bytes} bytes` },
        ],
      },
      {
        kind: 'table',
        key: 'tables',
        columns: [
          { key: 'table', label: 'table', type: 'text' },
          { key: 'rows', label: 'rows', type: 'count' },
        ],
        rows: Object.entries(info.tables).map(([table, rows]) => ({ table, rows })),
      },
    ],
    json: info,
  };
}
