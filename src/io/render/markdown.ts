import { tableFromTabular } from './document/from-tabular.js';
import { renderDocumentMarkdown } from './document/markdown.js';
import type { Tabular } from './tabular.js';

export function renderMarkdown(data: Tabular): string {
  return renderDocumentMarkdown({ title: '', blocks: [tableFromTabular(data)] });
}
