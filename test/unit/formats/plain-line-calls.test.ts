import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CallPacker } from '../../../src/core/import/call-packer.js';
import { unpackCalls } from '../../helpers/unpack-calls.js';
import { Zone } from '../../../src/core/time/zone.js';
import { mapColumns } from '../../../src/io/formats/generic-columns.js';
import { GenericRowReader, RowProblem } from '../../../src/io/formats/generic-row.js';
import { PlainLineCalls } from '../../../src/io/formats/plain-line-calls.js';

const UTC = new Zone('UTC');
const JERUSALEM = new Zone('Asia/Jerusalem');
const at = (iso: string) => Date.parse(`${iso}Z`) / 1000;

/** Reads one line both ways: in place, and by the general reader over its split fields. */
function bothWays(header: string[], line: string, zone: Zone) {
  const columns = mapColumns(header, {}, 'test');
  const packer = new CallPacker(4);
  const callId = new PlainLineCalls(columns, header.length, ','.charCodeAt(0), zone).read(`xx${line}\nyy`, 2, 2 + line.length, packer);
  let general;
  try {
    general = new GenericRowReader(columns, header, zone, 'dmy').call(line.split(','));
  } catch (error) {
    if (!(error instanceof RowProblem)) throw error;
    general = error.message;
  }
  return { callId, inPlace: packer.count === 0 ? undefined : unpackCalls(packer.take())[0], general };
}

describe('PlainLineCalls', () => {
  const header = ['call_id', 'arrival', 'queue', 'agent', 'customer', 'wait', 'talk', 'hold', 'wrap', 'outcome', 'resolved', 'csat'];

  it('reads a common line as worked out by hand', () => {
    const { callId, inPlace } = bothWays(header, 'C2,2025-01-06 16:06:07,sales,agent25,05007798,6,189,0,52,answered,Y,4', UTC);
    expect(callId).toBe('C2');
    expect(inPlace).toEqual({
      sourceKey: 'C2', queue: 'sales', agent: 'agent25', customer: '05007798', arrivalAt: at('2025-01-06T16:06:07'),
      answerAt: null, endAt: null, waitS: 6, talkS: 189, holdS: 0, wrapS: 52, outcome: 'answered', ending: 'answered', resolved: 1, csat: 4,
    });
  });

  it('leaves to the general reader what it does not take, and the packer as it was', () => {
    for (const line of [
      ',2025-01-06 16:06:07,sales,,,6,,,,answered,,', // no call id: the row's hash is the key
      'C3,06/01/2025 16:06,sales,,,6,,,,answered,,', // a day-first date
      'C4,2025-01-06 16:06:07,sales,,,6.5,,,,answered,,', // a fraction of a second
      'C5,2025-01-06 16:06:07,sales,,,90000,,,,answered,,', // longer than a day: a reject
      'C6,2025-01-06 16:06:07,sales,,,6,,,,maybe,,', // an unknown outcome: a reject
      'C7,2025-01-06 16:06:07,sales,,,6,,,,answered,,4.0', // csat as a decimal
      'C8,2025-01-06 16:06:07,sales,,,6,,,,answered,', // one field short
      'C9,2025-01-06 16:06:07 ,sales,,,6,,,,answered,,,', // a space after the time, and one field too many
    ]) {
      const { callId, inPlace } = bothWays(header, line, UTC);
      expect(callId, line).toBeUndefined();
      expect(inPlace, line).toBeUndefined();
    }
  });

  // The general reader is the reference: whatever line is read in place must give its call.
  // Per column, shapes read in place (often drawn) and shapes left to the general reader.
  const shapes: Record<string, [string[], string[]]> = {
    call_id: [['C1', 'x@y'], ['', ' C2']],
    arrival: [['2025-03-28 01:30:00', '2025-10-26 01:30:00Z', '2025-01-06T08:00'], ['06/01/2025 08:00', '8:00:00 AM', '', '1989-12-31 23:59:59', '2025-02-30 10:00:00']],
    date: [['2025-01-06', ''], ['06/01/2025']],
    answer_time: [['', '2025-03-28 01:30:20', '2025-01-06T08:00:05'], ['2025-01-06 07:59:00', '8:00:30']],
    end_time: [['', '2025-03-28 01:35:00', '2025-01-06 08:10:00'], ['2025-01-06 07:00:00']],
    queue: [['', 'sales', 'מכירות'], [' sales ', '\u00a0x']],
    agent: [['', 'a1', 'דנה '], []],
    customer: [['', '0501', '+972501234567'], []],
    wait: [['', '0', '12', '86400'], ['86401', '1:05', '-3', ' 4', '1234567890']],
    talk: [['', '0', '189'], ['12.5']],
    hold: [['', '3'], []],
    wrap: [['', '7'], ['x']],
    outcome: [['', 'answered', 'ABANDONED', 'No Answer'], ['maybe', ' answered']],
    answered: [['', 'Y', 'n', 'yes', '1'], ['maybe', ' ']],
    resolved: [['', 'N', 'true'], ['x']],
    csat: [['', '1', '5'], ['6', '0', '4.0', ' 3']],
  };
  const value = Object.fromEntries(
    Object.entries(shapes).map(([name, [common, odd]]) => [
      name,
      odd.length === 0 ? fc.constantFrom(...common) : fc.oneof({ arbitrary: fc.constantFrom(...common), weight: 12 }, { arbitrary: fc.constantFrom(...odd), weight: 1 }),
    ]),
  );
  const names = Object.keys(shapes);

  it('reads every line it takes as the general reader does, in any column set and zone', () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.subarray(names, { minLength: 2 }), fc.record(value), fc.constantFrom(UTC, JERUSALEM), (columns, row, zone) => {
        const line = columns.map((name) => row[name]).join(',');
        const { callId, inPlace, general } = bothWays(columns, line, zone);
        if (callId === undefined) return;
        taken++;
        expect(inPlace).toEqual(general);
        expect(callId).toBe((general as { sourceKey: string }).sourceKey);
      }),
      { numRuns: 5000 },
    );
    // Enough lines of the common shapes came up for the comparison to mean something.
    expect(taken).toBeGreaterThan(200);
  });
});
