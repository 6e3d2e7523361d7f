import { UNKNOWN_GROUP } from '../../core/ledger/group.js';
import type { Cell, Format, Tabular } from './index.js';

/**
 * Many measures for few groups read best transposed: one row per measure, one column per group
 * and one for all. People's formats round (rates to 0.001, hours to 0.1); csv keeps every digit.
 */
export function measuresTable<M extends object>(keys: readonly (keyof M & string)[], totals: M, groups: readonly { key: string | null; measures: M }[], format: Format): Tabular {
  const forPeople = format === 'table' || format === 'md';
  // CSV names its columns by key: a group's own name there (an unknown group's is empty, as in svc report).
  const groupKeys = groups.map((group, index) => (forPeople || group.key === 'measure' || group.key === 'all' ? `g${index}` : (group.key ?? '')));
  const columns = [
    { key: 'measure', header: 'measure' },
    ...groups.map((group, index) => ({ key: groupKeys[index]!, header: group.key ?? UNKNOWN_GROUP, align: 'right' as const })),
    { key: 'all', header: 'all', align: 'right' as const },
  ];
  const rows = keys.map((measure) => {
    const row: Record<string, Cell> = { measure, all: shown(measure, totals[measure] as Cell, forPeople) };
    groups.forEach((group, index) => (row[groupKeys[index]!] = shown(measure, group.measures[measure] as Cell, forPeople)));
    return row;
  });
  return { columns, rows };
}

function shown(measure: string, value: Cell, forPeople: boolean): Cell {
  if (!forPeople || typeof value !== 'number' || Number.isInteger(value)) return value;
  return Number(value.toFixed(/_h$/.test(measure) ? 1 : 3));
}
