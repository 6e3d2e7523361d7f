import { tableFromTabular } from '../document/from-tabular.js';
import type { Document } from '../document/model.js';
import type { Tabular } from '../tabular.js';

/** A list as a page of its own: its title, then its table (for html). */
export function listPage(title: string, data: Tabular, notes: readonly string[] = []): Document {
  return { title, blocks: [{ kind: 'heading', text: title }, ...notes.map((text) => ({ kind: 'paragraph' as const, text })), tableFromTabular(data)] };
}
