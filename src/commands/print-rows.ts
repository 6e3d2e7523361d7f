import type { Document } from '../io/render/document/model.js';
import type { Format } from '../io/render/index.js';
import type { Tabular } from '../io/render/tabular.js';
import { listDocument, listPage } from '../io/render/views/list-page.js';
import type { CommandContext } from './context.js';
import type { CommonOptions } from './options.js';

export type ListFormat = Format | 'html';

/** What a list command takes besides its own options: the store, the format, --out. */
export type ListOptions = Omit<CommonOptions, 'format'> & { format?: ListFormat; out?: string };

/**
 * A list in the asked format, to stdout or --out: as a page under its title in html; on a
 * terminal, in Markdown and as data the list alone.
 */
export async function printList(context: CommandContext, options: { format?: ListFormat; out?: string; color?: boolean }, document: Document): Promise<void> {
  const format = options.format ?? 'table';
  await context.print(format === 'html' ? listPage(document) : document, format, options);
}

/** A list whose rows are built for people and for data by one function of the format. */
export function printRows(context: CommandContext, options: { format?: ListFormat; out?: string; color?: boolean }, title: string, rows: (format: Format) => Tabular): Promise<void> {
  return printList(context, options, listDocument(title, rows('table'), rows('json')));
}
