import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { csvRecords, detectDelimiter } from '../../../src/io/formats/csv-records.js';

async function collect(text: string | string[], delimiter?: string) {
  const out: { line: number; fields: string[] }[] = [];
  for await (const batch of csvRecords(Readable.from(Array.isArray(text) ? text : [text]), { label: 'f.csv', delimiter, batchSize: 2 })) out.push(...batch);
  return out;
}

describe('csvRecords', () => {
  it('numbers records by the physical line they start on, through BOM, CRLF, quoted newlines and blank lines', async () => {
    const text = '\ufeffa,b,c\r\n1,"x\r\ny",3\r\n\r\n4,5\r\n6,"7,5",8\r\n';
    expect(await collect(text)).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', 'x\r\ny', '3'] },
      { line: 5, fields: ['4', '5'] },
      { line: 6, fields: ['6', '7,5', '8'] },
    ]);
  });

  it('keeps records whole when chunks split them anywhere', async () => {
    const text = 'id,name\n1,"שלום, עולם"\n2,plain\n';
    const chunks = [...text].map((char) => char);
    expect(await collect(chunks)).toEqual([
      { line: 1, fields: ['id', 'name'] },
      { line: 2, fields: ['1', 'שלום, עולם'] },
      { line: 3, fields: ['2', 'plain'] },
    ]);
  });

  it('detects tab, semicolon and pipe separators from the header line', () => {
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('a;b;"c,d"')).toBe(';');
    expect(detectDelimiter('a|b|c')).toBe('|');
    expect(detectDelimiter('single')).toBe(',');
  });

  it('fails a broken quote with the file and line', async () => {
    await expect(collect('a,b\n1,"unterminated\n')).rejects.toThrow(/^f\.csv:\d+: not valid CSV/);
  });
});
