import { UserError } from '../../errors.js';
import { callFromLegs, callsFromRows, LegGroups, type CallLeg } from './call-legs.js';
import { knownCaller } from './caller-id.js';
import { channelPeer } from './channel-peer.js';
import { ASTERISK_DISPOSITIONS, ASTERISK_LAYOUTS, checkMap, columnReader, fitsAsteriskLayout, layoutFromColumns, recogniseLayout, sampleRows, shapeScore, type CdrLayout } from './cdr-layouts.js';
import { cdrHeaderLayout } from './cdr-header.js';
import { csvRecords, type CsvRecord } from './csv-records.js';
import { legFields, LegError } from './leg-fields.js';
import type { FormatReader, ReaderOptions, ReadItem } from './reader.js';
import { refuseOptions } from './unused-options.js';

const KNOWN_COLUMNS = [...new Set(ASTERISK_LAYOUTS.flatMap((layout) => layout.columns))];

export const asteriskCdr: FormatReader = {
  name: 'asterisk-cdr',
  description: 'Asterisk CDR: Master.csv (every cdr_csv layout, cdr_custom by shape or --columns) or a CDR export with a header; legs become one call',

  detect(sample) {
    const rows = sampleRows(sample);
    // A header naming the CDR columns beats the generic reader, which would not join the legs.
    if (rows[0] && cdrHeaderLayout(rows[0])) return 0.95;
    return shapeScore(rows, (fields) => ASTERISK_LAYOUTS.some((layout) => fitsAsteriskLayout(fields, layout)));
  },

  async *read(input, options) {
    refuseOptions(options, 'asterisk-cdr', ['sheet']);
    let layout = options.columns ? layoutFromColumns(options.columns, [['start'], ['billsec'], ['disposition']], 'asterisk-cdr', KNOWN_COLUMNS) : undefined;
    if (layout) checkMap(options.map, layout, 'asterisk-cdr');
    let header: CsvRecord | undefined;
    const legOf = (record: CsvRecord, batch: CsvRecord[]) => {
      if (layout === undefined) {
        const named = cdrHeaderLayout(batch[0]!.fields);
        if (named) header = batch[0];
        layout = named ?? recognise(batch.map((row) => row.fields), options.label);
        checkMap(options.map, layout, 'asterisk-cdr');
      }
      return record === header ? null : cdrLeg(record.line, record.fields, layout, options);
    };
    const rows = csvRecords(input.text(), { label: options.label, delimiter: ',' });
    yield* callsFromRows(rows, legOf, new LegGroups(bucketOf, sameCall), (legs) => callFromLegs(legs, 'acdr', ['BUSY']));
  },
};

function recognise(rows: string[][], label: string): CdrLayout {
  const layout = recogniseLayout(rows, ASTERISK_LAYOUTS, fitsAsteriskLayout);
  if (layout) return layout;
  throw new UserError(
    `${label}: the rows (${rows[0]!.length} fields) match no known Asterisk CDR layout`,
    `name the columns in order, e.g. --columns ${ASTERISK_LAYOUTS[0]!.columns.join(',')}`,
  );
}

function cdrLeg(line: number, fields: string[], layout: CdrLayout, options: ReaderOptions): CallLeg | Extract<ReadItem, { kind: 'reject' }> {
  if (fields.length !== layout.columns.length) {
    return { kind: 'reject', line, reason: `expected ${layout.columns.length} fields (${layout.name}), found ${fields.length}`, raw: fields };
  }
  const value = columnReader(layout, fields);
  try {
    const read = legFields(value, options.zone, { start: 'start', answer: 'answer', end: 'end', duration: 'duration', billsec: 'billsec' });
    const disposition = value('disposition').toUpperCase();
    if (!ASTERISK_DISPOSITIONS.includes(disposition)) throw new LegError('disposition', `"${value('disposition')}" is not one of ${ASTERISK_DISPOSITIONS.join(', ')}`);
    // Every leg of one call carries its linkedid; without one, parallel legs share the uniqueid.
    const callId = value('linkedid') || value('uniqueid');
    const answered = disposition === 'ANSWERED';
    return {
      line,
      id: callId === '' ? null : callId,
      match: value('linkedid') === '' ? ['src', 'dst', 'dcontext', 'clid', 'channel', 'lastapp', 'lastdata'].map(value).join('\u001f') : LINKED,
      ...read,
      answered,
      reachedPerson: answered && (!layout.columns.includes('dstchannel') || isPersonChannel(value('dstchannel'))),
      ending: disposition,
      agent: options.map.agent ? value(options.map.agent) || null : channelPeer(value('dstchannel')),
      customer: knownCaller(value(options.map.customer ?? 'src')),
      queue: value(options.map.queue ?? 'dcontext') || null,
      raw: fields,
    };
  } catch (error) {
    if (error instanceof LegError) return { kind: 'reject', line, field: error.field, reason: error.message, raw: fields };
    throw error;
  }
}

/** Legs grouped by linkedid belong together by it alone. */
const LINKED = '\u0000linkedid';

/** A destination channel that is a phone or softphone: not empty, and not a Local/ channel passing the call on. */
function isPersonChannel(channel: string): boolean {
  return channel !== '' && !/^Local\//i.test(channel);
}

/** uniqueid is `<epoch>.<sequence>`: parallel legs keep the sequence even when their epochs differ by a second. */
function bucketOf(leg: CallLeg): string {
  if (leg.id === null) return `line:${leg.line}`;
  return leg.id.slice(leg.id.lastIndexOf('.') + 1);
}

const PARALLEL_EPOCH_SLACK_S = 2;

function sameCall(a: CallLeg, b: CallLeg): boolean {
  if (a.id === null || b.id === null) return false;
  if (a.id === b.id) return true;
  if (a.match === LINKED || b.match === LINKED) return false;
  const epoch = (id: string) => Number(/(\d+)\.\d+$/.exec(id)?.[1]);
  return a.match === b.match && Math.abs(epoch(a.id) - epoch(b.id)) <= PARALLEL_EPOCH_SLACK_S;
}
