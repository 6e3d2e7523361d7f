/** Rows with named columns: what the table, csv and markdown renderers draw. */
export interface Column {
  key: string;
  header: string;
  align?: 'left' | 'right';
}

export type Cell = string | number | boolean | null | undefined;

export interface Tabular {
  columns: Column[];
  rows: Record<string, Cell>[];
  /** Shown by table and markdown when there are no rows. */
  empty?: string;
}

export function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}
