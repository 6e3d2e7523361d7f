import { callFromLegs, callsFromRows, LegGroups, type CallLeg } from './call-legs.js';
import { knownCaller } from './caller-id.js';
import { checkMap, columnReader, fitsFreeswitchDefault, FREESWITCH_DEFAULT, layoutFromColumns, sampleRows, shapeScore, type CdrLayout } from './cdr-layouts.js';
import { csvRecords } from './csv-records.js';
import { BUSY_CAUSES } from './hangup-causes.js';
import { legFields, LegError } from './leg-fields.js';
import type { FormatReader, ReaderOptions, ReadItem } from './reader.js';
import { refuseOptions } from './unused-options.js';

/** Channel variables the reader understands in a `--columns` layout (mod_callcenter's cc_* included). */
const KNOWN_COLUMNS = [
  ...FREESWITCH_DEFAULT.columns,
  'start_epoch',
  'answer_epoch',
  'end_epoch',
  'callee_id_number',
  'callee_id_name',
  'cc_agent',
  'cc_queue',
];

export const freeswitchCdr: FormatReader = {
  name: 'freeswitch-cdr',
  description: 'FreeSWITCH cdr_csv (default template, no header; other templates with --columns); hangup causes mapped',

  detect(sample) {
    return shapeScore(sampleRows(sample), fitsFreeswitchDefault);
  },

  async *read(input, options) {
    refuseOptions(options, 'freeswitch-cdr', ['sheet']);
    const layout = options.columns
      ? layoutFromColumns(options.columns, [['start_stamp', 'start_epoch'], ['billsec'], ['hangup_cause']], 'freeswitch-cdr', KNOWN_COLUMNS)
      : FREESWITCH_DEFAULT;
    checkMap(options.map, layout, 'freeswitch-cdr');
    const groups = new LegGroups((leg) => leg.id ?? `line:${leg.line}`, (a, b) => a.id !== null && a.id === b.id);
    const rows = csvRecords(input.text(), { label: options.label, delimiter: ',' });
    yield* callsFromRows(rows, (record) => freeswitchLeg(record.line, record.fields, layout, options), groups, (legs) => callFromLegs(legs, 'fscdr', BUSY_CAUSES));
  },
};

function freeswitchLeg(line: number, fields: string[], layout: CdrLayout, options: ReaderOptions): CallLeg | Extract<ReadItem, { kind: 'reject' }> {
  if (fields.length !== layout.columns.length) {
    return { kind: 'reject', line, reason: `expected ${layout.columns.length} fields (${layout.name}), found ${fields.length}`, raw: fields };
  }
  const value = columnReader(layout, fields);
  const either = (...columns: string[]) => columns.find((column) => layout.columns.includes(column)) ?? columns[0]!;
  try {
    // A spreadsheet that re-saved the file may have cut the seconds: the counts keep them.
    const times = legFields(
      value,
      options.zone,
      { start: either('start_stamp', 'start_epoch'), answer: either('answer_stamp', 'answer_epoch'), end: either('end_stamp', 'end_epoch'), duration: 'duration', billsec: 'billsec' },
      true,
    );
    const cause = value('hangup_cause').toUpperCase();
    if (!/^[A-Z][A-Z0-9_]*$/.test(cause)) throw new LegError('hangup_cause', `"${value('hangup_cause')}" is not a hangup cause`);
    const answerText = value(either('answer_stamp', 'answer_epoch'));
    const uuid = value('uuid');
    const answered = (answerText !== '' && answerText !== '0') || times.billsecS > 0;
    return {
      line,
      id: uuid === '' ? null : uuid,
      match: uuid,
      ...times,
      answered,
      reachedPerson: answered,
      ending: cause,
      agent: (options.map.agent ? value(options.map.agent) : value('cc_agent') || value('callee_id_number')) || null,
      customer: knownCaller(value(options.map.customer ?? 'caller_id_number')),
      queue: value(options.map.queue ?? (layout.columns.includes('cc_queue') ? 'cc_queue' : 'context')) || null,
      raw: fields,
    };
  } catch (error) {
    if (error instanceof LegError) return { kind: 'reject', line, field: error.field, reason: error.message, raw: fields };
    throw error;
  }
}
