import type { CdrLayout } from './cdr-layouts.js';
import { foldHeader } from './generic-columns.js';

/**
 * Column names of CDR exports with a header row, folded like the generic format's headers:
 * the database's own names (`calldate`, `uniqueid`, as FreePBX and Issabel export the cdr table)
 * and the display names web interfaces of Asterisk-based systems write (`Start Time`,
 * `Talk Time`, `Unique ID`, `Destination Channel` …).
 */
const DISPLAY_NAMES: Record<string, string[]> = {
  accountcode: ['accountcode', 'account'],
  src: ['src', 'source', 'from', 'callfrom', 'callernumber', 'cnum', 'sourcenumber'],
  dst: ['dst', 'destination', 'to', 'callto', 'dialednumber', 'dialled', 'destinationnumber'],
  dcontext: ['dcontext', 'context', 'destinationcontext'],
  clid: ['clid', 'callerid', 'calleridclid'],
  channel: ['channel', 'sourcechannel', 'srcchannel'],
  dstchannel: ['dstchannel', 'destinationchannel', 'dstchan'],
  lastapp: ['lastapp', 'application', 'lastapplication', 'app'],
  lastdata: ['lastdata', 'data', 'applicationdata'],
  start: ['start', 'starttime', 'calldate', 'callstart', 'startdate', 'datetime', 'date'],
  answer: ['answer', 'answertime', 'answeredat', 'answerdate'],
  end: ['end', 'endtime', 'hanguptime', 'enddate'],
  duration: ['duration', 'totalduration', 'totaltime', 'ringtalk', 'callduration'],
  billsec: ['billsec', 'talktime', 'billableseconds', 'billabletime', 'billduration', 'talkduration', 'billing', 'billsecs'],
  disposition: ['disposition', 'status', 'callstatus'],
  amaflags: ['amaflags'],
  uniqueid: ['uniqueid', 'uid'],
  userfield: ['userfield'],
  peeraccount: ['peeraccount'],
  linkedid: ['linkedid', 'linkid'],
  sequence: ['sequence', 'seq'],
};

const COLUMN_OF = new Map<string, string>();
for (const [column, names] of Object.entries(DISPLAY_NAMES)) for (const name of names) COLUMN_OF.set(name, column);

/** A unit after a display name (`Talk Time (sec)`) is dropped as the generic format drops it. */
function columnOf(header: string): string | undefined {
  const folded = foldHeader(header);
  return COLUMN_OF.get(folded) ?? COLUMN_OF.get(folded.replace(/(inseconds|seconds|secs|sec|s)$/, ''));
}

/**
 * The layout a header row names, or null when it is not a CDR export: it must name the start,
 * the disposition, the talk (billsec) or answer time, and a column only CDRs have (uniqueid,
 * linkedid or the destination channel). Columns it does not know are kept under their own
 * name and never read.
 */
export function cdrHeaderLayout(fields: string[]): CdrLayout | null {
  const taken = new Set<string>();
  const columns = fields.map((field) => {
    const column = columnOf(field);
    if (column === undefined || taken.has(column)) return `?${field}`;
    taken.add(column);
    return column;
  });
  const has = (column: string) => taken.has(column);
  const isCdr = has('start') && has('disposition') && (has('billsec') || has('answer')) && (has('uniqueid') || has('linkedid') || has('dstchannel'));
  return isCdr ? { name: 'header row', columns } : null;
}
