import { parse } from 'csv-parse/sync';
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

  it('passes on a quote never closed as a malformed record of its line, and reads on from the next line', async () => {
    expect(await collect('a,b\n1,"unterminated\n2,3\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1,"unterminated'], problem: 'a quote opened on this line is never closed' },
      { line: 3, fields: ['2', '3'] },
    ]);
  });

  it('names the line of a quote inside an unquoted field, and of text right after a closing quote, and goes on', async () => {
    expect(await collect('a,b\n1,2\n3,x"y\n4,5\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 3, fields: ['3,x"y'], problem: 'a quote inside the unquoted field "x…"' },
      { line: 4, fields: ['4', '5'] },
    ]);
    // The record starts on line 2; its quoted field runs into line 3, where the R follows the closing quote.
    expect(await collect(['a,b\n"1\n2"R', ',3\n4,5\n'])).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['"1\n2"R,3'], problem: 'line 3: "R" right after a closing quote (expected the delimiter or the end of the line)' },
      { line: 4, fields: ['4', '5'] },
    ]);
  });

  it('ends records at a lone CR too, and reads a last record that has no line break after it', async () => {
    expect(await collect(['a,b\r1,', '"2"\r\r3,"4"""'])).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 4, fields: ['3', '4"'] },
    ]);
  });
});

describe('csvRecords against csv-parse', () => {
  /** A small deterministic generator (mulberry32), so a failure can be replayed. */
  function random(seed: number) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const PIECES = ['a', 'b', '7', ' ', 'שלום', ',', '\n', '\r\n', '""'];

  function randomCsv(next: () => number): string {
    const lineEnd = next() < 0.5 ? '\n' : '\r\n';
    const rows: string[] = [];
    for (let r = 0, count = 1 + Math.floor(next() * 8); r < count; r++) {
      if (next() < 0.1) {
        rows.push('');
        continue;
      }
      const fields: string[] = [];
      for (let f = 0, width = 1 + Math.floor(next() * 4); f < width; f++) {
        let value = '';
        for (let i = 0, size = Math.floor(next() * 4); i < size; i++) value += PIECES[Math.floor(next() * PIECES.length)];
        const quoted = /[,\r\n"]/.test(value) || next() < 0.2;
        fields.push(quoted ? `"${value}"` : value.replace(/"/g, ''));
      }
      rows.push(fields.join(','));
    }
    return rows.join(lineEnd) + (next() < 0.7 ? lineEnd : '');
  }

  /** Line breaks before an offset: CRLF, LF and a lone CR each end a line. */
  const lineAt = (text: string, offset: number) => 1 + (text.slice(0, offset).match(/\r\n|\n|\r/g)?.length ?? 0);

  it('reads the same records, on the same lines, from random quoted text cut into random pieces', async () => {
    const next = random(20261123);
    for (let round = 0; round < 500; round++) {
      const text = randomCsv(next);
      // The oracle: csv-parse's records, each placed by finding its raw text in the input.
      let cursor = 0;
      const expected = (parse(text, { delimiter: ',', relax_column_count: true, skip_empty_lines: true, bom: true, raw: true }) as unknown as { record: string[]; raw: string }[]).map(({ record, raw }) => {
        const own = raw.replace(/^(\r\n|\n|\r)+/, '');
        const start = text.indexOf(own, cursor);
        cursor = start + own.length;
        return { line: lineAt(text, start), fields: record };
      });
      const pieces: string[] = [];
      for (let at = 0; at < text.length; ) {
        const size = 1 + Math.floor(next() * 7);
        pieces.push(text.slice(at, at + size));
        at += size;
      }
      expect(await collect(pieces, ','), JSON.stringify(text)).toEqual(expected);
    }
  });
});
