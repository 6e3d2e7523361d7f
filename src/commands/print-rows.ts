import type { Format } from '../io/render/index.js';
import { renderRows } from '../io/render/index.js';
import type { Tabular } from '../io/render/tabular.js';
import { listPage } from '../io/render/views/list-page.js';
import type { CommandContext } from './context.js';
import type { CommonOptions } from './options.js';

export type ListFormat = Format | 'html';

/** What a list command takes besides its own options: the store, the format, --out. */
export type ListOptions = Omit<CommonOptions, 'format'> & { format?: ListFormat; out?: string };

/** A list in the asked format: html as a page titled `title`, the others as before; to stdout or --out. */
export async function printRows(context: CommandContext, options: { format?: ListFormat; out?: string; color?: boolean }, title: string, rows: (format: Format) => Tabular): Promise<void> {
  const format = options.format ?? 'table';
  if (format === 'html') return context.print(listPage(title, rows('table')), 'html', options);
  context.deliver(renderRows(format, rows(format), context.terminal(options)), options);
}
