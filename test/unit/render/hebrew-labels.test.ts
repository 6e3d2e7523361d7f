import { describe, expect, it } from 'vitest';
import { renderDocumentMarkdown } from '../../../src/io/render/document/markdown.js';
import type { Document } from '../../../src/io/render/document/model.js';
import { renderTerminal } from '../../../src/io/render/document/terminal.js';
import { NO_PAINT } from '../../../src/io/render/document/terminal-table.js';

const page = (lang: string): Document => ({
  title: 'x',
  lang,
  blocks: [
    { kind: 'note', text: 'ח' },
    {
      kind: 'table',
      key: 't',
      columns: [
        { key: 'reverse', label: 'r', type: 'text' },
        { key: 'change', label: 'c', type: 'change', of: 'count', direction: 'up' },
      ],
      rows: [
        { reverse: true, change: 2 },
        { reverse: false, change: -1 },
      ],
    },
    { kind: 'table', key: 'e', columns: [{ key: 'a', label: 'a', type: 'text' }], rows: [] },
  ],
});

describe('the words a renderer adds of its own', () => {
  it('are Hebrew on a Hebrew page: the note label, yes and no, better and worse, an empty table', () => {
    expect(renderTerminal(page('he'), { width: 80, borders: false, paint: NO_PAINT }).split('\n')).toEqual([
      'הערה: ח',
      '',
      // Columns 2 ("כן") and 10 ("+2 ▲ השתפר", right-aligned) wide, four spaces apart.
      `r${' '.repeat(14)}c`,
      'כן    +2 ▲ השתפר',
      'לא     -1 ▼ הורע',
      '',
      'אין שורות.',
      '',
    ]);
    expect(renderDocumentMarkdown(page('he'))).toContain('| כן | +2 ▲ השתפר |\n| לא | -1 ▼ הורע |\n');
    expect(renderDocumentMarkdown(page('he'))).toContain('_אין שורות._');
  });

  it('stay English on a page in English or of no language', () => {
    const text = renderTerminal({ ...page('en'), lang: undefined }, { width: 80, borders: false, paint: NO_PAINT });
    expect(text).toContain('Note: ח\n');
    // Columns 3 ("yes") and 11 ("+2 ▲ better") wide, four spaces apart.
    expect(text).toContain('yes    +2 ▲ better\nno      -1 ▼ worse\n');
    expect(text).toContain('No rows.\n');
  });
});
