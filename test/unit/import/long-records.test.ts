import { describe, expect, it } from 'vitest';
import type { CsvRecord } from '../../../src/io/formats/csv-records.js';
import { CsvTokenizer, LONGEST_RECORD_CHARS } from '../../../src/io/formats/csv-tokenizer.js';

/** Feeds text in pieces of `size` characters, as a stream would, and returns every record. */
function records(text: string, size: number): CsvRecord[] {
  const tokenizer = new CsvTokenizer(',');
  const out: CsvRecord[] = [];
  for (let at = 0; at < text.length; at += size) tokenizer.write(text.slice(at, at + size), out);
  tokenizer.end(out);
  return out;
}

describe('a record over the limit', () => {
  const huge = 'y'.repeat(LONGEST_RECORD_CHARS + 10);

  it('is marked too long and dropped; the lines after it keep their numbers', () => {
    // Line 1 header, line 2 the long quoted field holding two line breaks (so it ends on line 4), line 5 a plain row.
    const text = `a,b\n1,"${huge}\nsecond\nthird"\n2,ok\n`;
    for (const size of [65_536, 1 << 20, text.length]) {
      expect(records(text, size)).toEqual([
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: [], tooLong: true },
        { line: 5, fields: ['2', 'ok'] },
      ]);
    }
  });

  it('an unquoted one too, with CRLF line ends, and one that ends the file', () => {
    const text = `a,b\r\n1,${huge}\r\n2,ok\r\n3,${huge}`;
    expect(records(text, 65_536)).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: [], tooLong: true },
      { line: 3, fields: ['2', 'ok'] },
      { line: 4, fields: [], tooLong: true },
    ]);
  });

  it('a record just under the limit is read whole', () => {
    const field = 'z'.repeat(LONGEST_RECORD_CHARS - 2);
    expect(records(`1,${field}\n`, 65_536)).toEqual([{ line: 1, fields: ['1', field] }]);
  });
});
