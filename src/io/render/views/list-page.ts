import type { Zone } from '../../../core/time/zone.js';
import { tableFromTabular } from '../document/from-tabular.js';
import type { Audience, Column, Document, TableBlock, Value } from '../document/model.js';
import { localIso, localTime } from '../instant.js';
import type { Tabular } from '../tabular.js';

type ListTable = Tabular | TableBlock;

function asBlock(table: ListTable, audience: Audience): TableBlock {
  const block = 'kind' in table ? table : tableFromTabular(table);
  // Descriptors, not a spread: a table whose rows are worked out only when read keeps them so.
  return Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(block), audience: { value: audience, enumerable: true } }) as TableBlock;
}

/**
 * A list as a document: its one table, or a table for people (table, md, html) and one for
 * data (csv, json) when they differ (short local times against exact ISO instants).
 */
export function listDocument(title: string, people: ListTable, data?: ListTable): Document {
  return { title, blocks: data === undefined ? [asBlock(people, 'all')] : [asBlock(people, 'people'), asBlock(data, 'data')] };
}

/**
 * A list read two ways: short local times for people (table, md, html), ISO instants with offset
 * for data (csv, json). Each table's rows are built when a renderer reads them: csv and json never
 * read the people's table, a hundred thousand rows of local times at the largest stores.
 */
export function timedListDocument<T>(
  title: string,
  key: string,
  columns: Column[],
  items: readonly T[],
  row: (item: T, time: (at: number | null) => string | null) => Record<string, Value>,
  zone: Zone,
  empty: string,
): Document {
  const table = (instant: (at: number, zone: Zone) => string): TableBlock => {
    let rows: Record<string, Value>[] | undefined;
    return {
      kind: 'table',
      key,
      columns,
      get rows() {
        return (rows ??= items.map((item) => row(item, (at) => (at === null ? null : instant(at, zone)))));
      },
      empty,
    };
  };
  return listDocument(title, table(localTime), table(localIso));
}

/** The list as a page of its own (html): its title, then the list. */
export function listPage(document: Document): Document {
  return { ...document, blocks: [{ kind: 'heading', text: document.title }, ...document.blocks] };
}
