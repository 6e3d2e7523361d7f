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

  it('names the line of a quote inside an unquoted field, and of text right after a closing quote', async () => {
    await expect(collect('a,b\n1,2\n3,x"y\n')).rejects.toThrow(/^f\.csv:3: not valid CSV/);
    await expect(collect('a,b\n"1\n2"x,3\n')).rejects.toThrow(/^f\.csv:3: not valid CSV/);
  });

  it('ends records at a lone CR too, and reads a last record that has no line break after it', async () => {
    expect(await collect(['a,b\r1,', '"2"\r\r3,"4"""'])).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 4, fields: ['3', '4"'] },
    ]);
  });
});
