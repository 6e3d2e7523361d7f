import type { Block, Document, Entry } from '../document/model.js';

/** One line of a story's history: when, who, what happened. */
export interface StoryEvent {
  when: string;
  by: string;
  what: string;
}

/**
 * A ledger entry's story as a document: its heading, its fields, then its history in order.
 * The fields are for people; the JSON is the entry's own agreed shape.
 */
export function storyDocument(title: string, fields: [label: string, value: string][], history: StoryEvent[], json: unknown): Document {
  const entries: Entry[] = fields.map(([label, value]) => ({ key: label.toLowerCase().replace(/\s+/g, '_'), label, value, type: 'text' }));
  const blocks: Block[] = [
    { kind: 'heading', text: title },
    { kind: 'keyValue', entries },
    {
      kind: 'table',
      key: 'history',
      title: 'History',
      audience: 'people',
      columns: [
        { key: 'when', label: 'when', type: 'time' },
        { key: 'by', label: 'by', type: 'text' },
        { key: 'what', label: 'what', type: 'text' },
      ],
      rows: history.map((event) => ({ ...event })),
    },
  ];
  return { title, blocks, json };
}
