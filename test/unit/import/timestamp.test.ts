import { describe, expect, it } from 'vitest';
import { inferDateOrder, parseTimestamp } from '../../../src/core/parse/timestamp.js';
import { Zone } from '../../../src/core/time/zone.js';

const JERUSALEM = new Zone('Asia/Jerusalem');
/** Unix seconds of an instant written in UTC. */
const utc = (iso: string) => Date.parse(`${iso}Z`) / 1000;

// Asia/Jerusalem in 2026 (Israeli law: summer time from the Friday before the last Sunday of
// March at 02:00, to the last Sunday of October at 02:00):
//   until 2026-03-27 02:00 local  UTC+2;  02:00–02:59 on 27 March does not exist;
//   until 2026-10-25 02:00 local  UTC+3;  01:00–01:59 on 25 October happens twice;
//   afterwards                    UTC+2.
describe('parseTimestamp: ISO forms', () => {
  it('reads Z and explicit offsets exactly, whatever the zone', () => {
    expect(parseTimestamp('2026-11-02T10:15:00Z', JERUSALEM, 'dmy')).toBe(utc('2026-11-02T10:15:00'));
    expect(parseTimestamp('2026-11-02 11:00:00+02:00', JERUSALEM, 'dmy')).toBe(utc('2026-11-02T09:00:00'));
    expect(parseTimestamp('2026-11-02T11:00:00+0530', JERUSALEM, 'dmy')).toBe(utc('2026-11-02T05:30:00'));
    expect(parseTimestamp('2026-11-02T04:00:00-05', JERUSALEM, 'dmy')).toBe(utc('2026-11-02T09:00:00'));
    expect(parseTimestamp('2026-11-02t10:15:00.750z', JERUSALEM, 'dmy')).toBe(utc('2026-11-02T10:15:00'));
  });

  it('reads a time without an offset on the zone’s wall clock', () => {
    // November: UTC+2, so 09:00 local is 07:00 UTC.
    expect(parseTimestamp('2026-11-02 09:00:00', JERUSALEM, 'dmy')).toBe(utc('2026-11-02T07:00:00'));
    // July: UTC+3.
    expect(parseTimestamp('2026-07-15T09:00', JERUSALEM, 'dmy')).toBe(utc('2026-07-15T06:00:00'));
    expect(parseTimestamp('2026/11/02 09:00', JERUSALEM, 'dmy')).toBe(utc('2026-11-02T07:00:00'));
    expect(parseTimestamp('2026-11-02', JERUSALEM, 'dmy')).toBe(utc('2026-11-01T22:00:00'));
    expect(parseTimestamp('2026-11-02 09:00:00', new Zone('UTC'), 'dmy')).toBe(utc('2026-11-02T09:00:00'));
  });

  it('handles the spring-forward gap and the repeated autumn hour', () => {
    expect(parseTimestamp('2026-03-27 01:59:00', JERUSALEM, 'dmy')).toBe(utc('2026-03-26T23:59:00'));
    expect(parseTimestamp('2026-03-27 03:00:00', JERUSALEM, 'dmy')).toBe(utc('2026-03-27T00:00:00'));
    // 02:30 never showed on the clock: read with the offset before the change (+2).
    expect(parseTimestamp('2026-03-27 02:30:00', JERUSALEM, 'dmy')).toBe(utc('2026-03-27T00:30:00'));
    // 01:30 showed twice: the first (still +3); an explicit offset picks the second.
    expect(parseTimestamp('2026-10-25 01:30:00', JERUSALEM, 'dmy')).toBe(utc('2026-10-24T22:30:00'));
    expect(parseTimestamp('2026-10-25 01:30:00+02:00', JERUSALEM, 'dmy')).toBe(utc('2026-10-24T23:30:00'));
    expect(parseTimestamp('2026-10-25 02:00:00', JERUSALEM, 'dmy')).toBe(utc('2026-10-25T00:00:00'));
  });
});

describe('parseTimestamp: numeric day-first and month-first forms', () => {
  it('follows the order it is given', () => {
    expect(parseTimestamp('02/11/2026 09:00', JERUSALEM, 'dmy')).toBe(utc('2026-11-02T07:00:00'));
    expect(parseTimestamp('02/11/2026 09:00', JERUSALEM, 'mdy')).toBe(utc('2026-02-11T07:00:00'));
    expect(parseTimestamp('5.11.2026 12:00:30', JERUSALEM, 'dmy')).toBe(utc('2026-11-05T10:00:30'));
    expect(parseTimestamp('05-11-2026', JERUSALEM, 'mdy')).toBe(utc('2026-05-10T21:00:00'));
  });

  it('reads a two-digit year as 20YY, last or (with ymd) first', () => {
    expect(parseTimestamp('02/11/26 09:00', JERUSALEM, 'dmy')).toBe(utc('2026-11-02T07:00:00'));
    expect(parseTimestamp('26/11/02 09:00', JERUSALEM, 'ymd')).toBe(utc('2026-11-02T07:00:00'));
    expect(() => parseTimestamp('26/11/2026', JERUSALEM, 'ymd')).toThrow('is not a valid date and time');
    // Four-digit years first need no order.
    expect(parseTimestamp('2026/11/02 09:00', JERUSALEM, 'mdy')).toBe(utc('2026-11-02T07:00:00'));
  });

  it('reads AM and PM', () => {
    expect(parseTimestamp('11/02/2026 09:05 PM', JERUSALEM, 'mdy')).toBe(utc('2026-11-02T19:05:00'));
    expect(parseTimestamp('11/02/2026 9:05:30 am', JERUSALEM, 'mdy')).toBe(utc('2026-11-02T07:05:30'));
    expect(parseTimestamp('11/02/2026 12:00 AM', JERUSALEM, 'mdy')).toBe(utc('2026-11-01T22:00:00'));
    expect(parseTimestamp('11/02/2026 12:30 PM', JERUSALEM, 'mdy')).toBe(utc('2026-11-02T10:30:00'));
    expect(() => parseTimestamp('11/02/2026 13:00 PM', JERUSALEM, 'mdy')).toThrow('"11/02/2026 13:00 PM" has hour 13 with PM');
    // Year first too (Jerusalem is UTC+2 in March).
    expect(parseTimestamp('2026-03-04 9:00 PM', JERUSALEM, 'dmy')).toBe(utc('2026-03-04T19:00:00'));
    expect(parseTimestamp('2026-03-04 12:15:20 am', JERUSALEM, 'dmy')).toBe(utc('2026-03-03T22:15:20'));
    expect(parseTimestamp('2026-03-04T09:00 PM+00:00', JERUSALEM, 'dmy')).toBe(utc('2026-03-04T21:00:00'));
  });

  it('says which order to try when a date is impossible only in the order it was read in', () => {
    expect(() => parseTimestamp('02/13/2026 09:00', JERUSALEM, 'dmy')).toThrow(
      '"02/13/2026 09:00" is not a valid date read day-first; if the file\'s dates are month-first, use --date-format mdy',
    );
    expect(() => parseTimestamp('13/02/2026 09:00', JERUSALEM, 'mdy')).toThrow(
      '"13/02/2026 09:00" is not a valid date read month-first; if the file\'s dates are day-first, use --date-format dmy',
    );
    expect(() => parseTimestamp('13/13/2026 09:00', JERUSALEM, 'dmy')).toThrow('is not a valid date and time');
  });
});

describe('parseTimestamp: epoch seconds', () => {
  it('takes nine- and ten-digit numbers as seconds since 1970 UTC', () => {
    expect(parseTimestamp('1793602800', JERUSALEM, 'dmy')).toBe(utc('2026-11-02T07:00:00'));
    expect(parseTimestamp('1793602800.9', JERUSALEM, 'dmy')).toBe(1793602800);
    expect(parseTimestamp('999999999', JERUSALEM, 'dmy')).toBe(999999999);
  });
});

describe('parseTimestamp: what it refuses', () => {
  it('refuses dates that do not exist', () => {
    expect(() => parseTimestamp('31/02/2026 10:00', JERUSALEM, 'dmy')).toThrow('"31/02/2026 10:00" is not a valid date');
    expect(() => parseTimestamp('2026-02-29', JERUSALEM, 'dmy')).toThrow('"2026-02-29" is not a valid date');
    expect(parseTimestamp('2028-02-29', new Zone('UTC'), 'dmy')).toBe(utc('2028-02-29T00:00:00'));
    expect(() => parseTimestamp('2026-13-45 09:20:00', JERUSALEM, 'dmy')).toThrow('"2026-13-45 09:20:00" is not a valid date and time');
    expect(() => parseTimestamp('2026-11-02 24:00', JERUSALEM, 'dmy')).toThrow('is not a valid date and time');
    expect(() => parseTimestamp('13/13/2026', JERUSALEM, 'dmy')).toThrow('is not a valid date and time');
  });

  it('refuses text that is not a date and time', () => {
    expect(() => parseTimestamp('yesterday-ish', JERUSALEM, 'dmy')).toThrow(
      '"yesterday-ish" is not a date and time (YYYY-MM-DD HH:MM:SS or DD/MM/YYYY HH:MM)',
    );
    expect(() => parseTimestamp('   ', JERUSALEM, 'dmy')).toThrow('is empty');
    expect(() => parseTimestamp('12345', JERUSALEM, 'dmy')).toThrow('is not a date and time');
  });
});

describe('inferDateOrder', () => {
  it('is certain of day-first when a first number is over 12', () => {
    expect(inferDateOrder(['02/11/2026', '25/11/2026'])).toEqual({ order: 'dmy', certain: true });
  });

  it('is certain of month-first when a second number is over 12', () => {
    expect(inferDateOrder(['11/02/2026 09:00', '11/25/2026 10:00'])).toEqual({ order: 'mdy', certain: true });
  });

  it('assumes day-first when every date could be either, and gives the first as the example', () => {
    expect(inferDateOrder(['', ' 03/11/2026 ', '04/11/2026'])).toEqual({ order: 'dmy', certain: false, example: '03/11/2026' });
  });

  it('has nothing to decide when no date is numeric', () => {
    expect(inferDateOrder(['2026-11-02 09:00:00', 'garbage'])).toEqual({ order: 'dmy', certain: true, example: undefined });
    expect(inferDateOrder([])).toEqual({ order: 'dmy', certain: true, example: undefined });
  });
});
