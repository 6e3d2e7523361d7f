import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIRST_RECORDS } from '../../../src/io/formats/generic-lines.js';
import { genericReader } from '../../../src/io/formats/generic.js';
import type { ReadItem } from '../../../src/io/formats/reader.js';
import { callsOf, readAll, readerOptions } from '../../helpers/reader-input.js';
import { Readable } from 'node:stream';

const HEADER = 'call_id,arrival,queue,customer,wait,talk,outcome,resolved,csat';

/** The text in pieces of the given size, as a file is read. */
function pieces(text: string, size: number) {
  const parts: string[] = [];
  for (let at = 0; at < text.length; at += size) parts.push(text.slice(at, at + size));
  return { path: null, text: () => Readable.from(parts), bytes: () => Readable.from([Buffer.from(text)]) };
}

/** Every field quoted: no line is read in place, every one goes through the general reader. */
const quoted = (line: string) => line.split(',').map((field) => `"${field}"`).join(',');

const rejects = (items: ReadItem[]) => items.flatMap((item) => (item.kind === 'reject' ? [item] : []));

async function read(text: string, size: number) {
  const options = readerOptions();
  const items = await readAll(genericReader, pieces(text, size), options);
  return { calls: callsOf(items), rejects: rejects(items), header: items[0], notices: options.notices };
}

describe('the generic reader, lines read in place', () => {
  const row = fc.tuple(
    fc.constantFrom('C', ''),
    fc.constantFrom('2025-01-06 08:00:00', '06/01/2025 08:00', '2025-01-06 8:00', 'soon'),
    fc.constantFrom('sales', ' support', ''),
    fc.constantFrom('0501', ''),
    fc.constantFrom('12', '', '1:05', '-1'),
    fc.constantFrom('100', '', '0'),
    fc.constantFrom('answered', 'abandoned', 'maybe', ''),
    fc.constantFrom('Y', 'n', '', 'x'),
    fc.constantFrom('4', '', '9'),
  );

  it('gives the calls and rejects, with their lines, that the general reader gives the same rows quoted', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 40 }), fc.integer({ min: 50, max: 5000 }), fc.constantFrom('\n', '\r\n'), async (rows, size, eol) => {
        // Past the first records (read whole, for the date order) the rest are read in place when they can be.
        const lines = Array.from({ length: FIRST_RECORDS + 300 }, (_, index) => {
          const [id, ...rest] = rows[index % rows.length]!;
          return [id === '' ? '' : `${id}${index}`, ...rest].join(',');
        });
        // Some lines quoted in the plain file too: their records and the lines around them keep their order.
        const plain = `\ufeff${HEADER}${eol}${lines.map((line, index) => (index % 97 === 5 ? quoted(line) : line)).join(eol)}${eol}`;
        const reference = `${HEADER}${eol}${lines.map(quoted).join(eol)}`;
        const [fast, general] = await Promise.all([read(plain, size), read(reference, 65536)]);
        expect(fast.calls).toEqual(general.calls);
        expect(fast.rejects).toEqual(general.rejects);
        expect(fast.header).toEqual(general.header);
        expect(fast.notices).toEqual(general.notices);
        expect(fast.calls.length + fast.rejects.length).toBe(lines.length);
      }),
      { numRuns: 10 },
    );
  });
});
