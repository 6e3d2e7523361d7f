import { tableFromTabular } from '../document/from-tabular.js';
import type { Audience, Document, TableBlock } from '../document/model.js';
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

/** The list as a page of its own (html): its title, then the list. */
export function listPage(document: Document): Document {
  return { ...document, blocks: [{ kind: 'heading', text: document.title }, ...document.blocks] };
}
