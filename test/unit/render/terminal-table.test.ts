import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../../src/io/render/document/model.js';
import { NO_PAINT, renderTerminalTable } from '../../../src/io/render/document/terminal-table.js';

const table: TableBlock = {
  kind: 'table',
  key: 'promises',
  columns: [
    { key: 'id', label: 'id', type: 'count' },
    { key: 'promise', label: 'promise', type: 'text' },
    { key: 'wait', label: 'wait', type: 'duration' },
  ],
  rows: [
    { id: 1, promise: 'Technician visit between 8 and 12 on Tuesday morning', wait: 324 },
    { id: 22, promise: 'Refund', wait: null },
  ],
};

describe('terminal tables', () => {
  it('keep four spaces between columns when they fit', () => {
    expect(renderTerminalTable(table, { width: 100, borders: false, paint: NO_PAINT })).toBe(
      [
        'id    promise                                                 wait',
        ' 1    Technician visit between 8 and 12 on Tuesday morning    5:24',
        '22    Refund                                                     -',
        '',
      ].join('\n'),
    );
  });

  it('close up to two spaces, then wrap text at words to fit the width', () => {
    // 40 columns: id 2 + wait 4 + two gaps of 2 leave 30 for the promise.
    const text = renderTerminalTable(table, { width: 40, borders: false, paint: NO_PAINT });
    expect(text).toBe(
      [
        'id  promise                         wait',
        ' 1  Technician visit between 8 and  5:24',
        '    12 on Tuesday morning',
        '22  Refund                             -',
        '',
      ].join('\n'),
    );
    expect(Math.max(...text.split('\n').map((line) => line.length))).toBeLessThanOrEqual(40);
  });

  it('escape what a cell would otherwise send to the terminal', () => {
    const hostile: TableBlock = { ...table, rows: [{ id: 1, promise: '\u001b[2J\u001b]0;pwned\u0007ok\nnext', wait: 1 }] };
    const text = renderTerminalTable(hostile, { width: 100, borders: true, paint: NO_PAINT });
    // eslint-disable-next-line no-control-regex -- the point: no control character may be left
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(text).toContain('\\x1b[2J\\x1b]0;pwned\\x07ok next');
  });
});
