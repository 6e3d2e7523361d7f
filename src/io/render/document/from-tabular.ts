import type { Tabular } from '../tabular.js';
import type { TableBlock } from './model.js';

/** A list of rows as the document's table: right-aligned columns hold counts, the rest text. */
export function tableFromTabular(data: Tabular, key = 'rows'): TableBlock {
  return {
    kind: 'table',
    key,
    columns: data.columns.map((column) => ({ key: column.key, label: column.header, type: column.align === 'right' ? 'count' : 'text' })),
    rows: data.rows,
    empty: data.empty,
  };
}
