import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { GENERIC_FIELDS, mapColumns, missingCallColumns } from '../../../src/io/formats/generic-columns.js';

function thrown(work: () => unknown): UserError {
  try {
    work();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('mapColumns: names of phone-system exports', () => {
  it('matches English headers with spaces, case and units (fixtures/generic/english.csv)', () => {
    const header = ['Call ID', 'Start Time', 'Queue', 'Agent', 'Caller', 'Wait (s)', 'Talk Time', 'Hold', 'After Call Work', 'Status', 'Resolved', 'CSAT'];
    expect(mapColumns(header, {}, 'f.csv')).toEqual({
      call_id: 0, arrival: 1, queue: 2, agent: 3, customer: 4, wait: 5, talk: 6, hold: 7, wrap: 8, outcome: 9, resolved: 10, csat: 11,
    });
  });

  it('matches the PwC call-centre export, separate date and time included', () => {
    const header = ['Call Id', 'Agent', 'Date', 'Time', 'Topic', 'Answered (Y/N)', 'Resolved', 'Speed of answer in seconds', 'AvgTalkDuration', 'Satisfaction rating'];
    expect(mapColumns(header, {}, 'f.csv')).toEqual({
      call_id: 0, agent: 1, date: 2, time: 3, queue: 4, answered: 5, resolved: 6, wait: 7, talk: 8, csat: 9,
    });
  });

  it('matches Hebrew headers (fixtures/generic/hebrew.csv)', () => {
    const header = ['מזהה שיחה', 'תאריך', 'שעה', 'תור', 'נציג', 'טלפון', 'זמן המתנה', 'משך שיחה', 'נענתה', 'נפתר'];
    expect(mapColumns(header, {}, 'f.csv')).toEqual({
      call_id: 0, date: 1, time: 2, queue: 3, agent: 4, customer: 5, wait: 6, talk: 7, answered: 8, resolved: 9,
    });
  });

  it('drops a unit suffix: sec, secs, seconds, in seconds, s', () => {
    const header = ['uniqueid', 'calldate', 'Talk Time (sec)', 'Hold secs', 'ACW (seconds)', 'Wait in seconds', 'billsec', 'ring_time_s'];
    expect(mapColumns(header, {}, 'f.csv')).toEqual({ call_id: 0, date: 1, talk: 2, hold: 3, wrap: 4, wait: 5 });
  });

  it('ignores columns it does not know, and the first column of a field wins', () => {
    expect(mapColumns(['notes', 'Caller', 'Phone', 'start', 'arrival'], {}, 'f.csv')).toEqual({ customer: 1, arrival: 3 });
  });
});

describe('mapColumns: --map FIELD=COLUMN', () => {
  it('takes the named column first, by exact or folded name', () => {
    expect(mapColumns(['Caller', 'Phone', 'start'], { customer: 'Phone' }, 'f.csv')).toEqual({ customer: 1, arrival: 2 });
    expect(mapColumns(['Handled By', 'Opened'], { agent: 'handled by', arrival: 'OPENED' }, 'f.csv')).toEqual({ agent: 0, arrival: 1 });
  });

  it('a mapped column is not taken again by its own alias', () => {
    // "start" would be the arrival; mapped to the answer time, the arrival stays unknown.
    expect(mapColumns(['start', 'agent'], { answer_time: 'start' }, 'f.csv')).toEqual({ answer_time: 0, agent: 1 });
  });

  it('refuses an unknown field, naming the fields', () => {
    const error = thrown(() => mapColumns(['a'], { colour: 'a' }, 'f.csv'));
    expect(error.message).toBe('--map colour=a: unknown field "colour"');
    expect(error.hint).toBe(`fields are: ${GENERIC_FIELDS.join(', ')}`);
    expect(error.hint).toBe('fields are: call_id, arrival, date, time, answer_time, end_time, queue, agent, customer, wait, talk, hold, wrap, outcome, answered, resolved, csat');
  });

  it('refuses a column the file does not have, naming its columns', () => {
    const error = thrown(() => mapColumns(['when', 'who'], { customer: 'Caller ID' }, 'calls.csv'));
    expect(error.message).toBe('--map customer=Caller ID: calls.csv has no column "Caller ID"');
    expect(error.hint).toBe('its columns are: when, who');
  });
});

describe('missingCallColumns', () => {
  it('needs an arrival column or a date column', () => {
    expect(missingCallColumns({ arrival: 0, outcome: 1 })).toBeUndefined();
    expect(missingCallColumns({ date: 2, time: 3, answered: 4 })).toBeUndefined();
    expect(missingCallColumns({ time: 3, agent: 1, outcome: 2 })).toBe('no arrival time column');
    expect(missingCallColumns({})).toBe('no arrival time column');
  });

  it('needs a column that says whether a call was answered', () => {
    expect(missingCallColumns({ date: 0, customer: 1 })).toMatch(/^no column says whether a call was answered/);
    expect(missingCallColumns({ arrival: 0, wait: 1, agent: 2 })).toMatch(/^no column says whether a call was answered/);
    expect(missingCallColumns({ arrival: 0, answer_time: 1 })).toBeUndefined();
    expect(missingCallColumns({ arrival: 0, talk: 1 })).toBeUndefined();
  });
});
