import { UserError } from '../../errors.js';
import { foldHeader, namesColumn } from '../../core/import/column-map.js';

/** The fields a generic call log's columns can fill. */
export const GENERIC_FIELDS = [
  'call_id', 'arrival', 'date', 'time', 'answer_time', 'end_time', 'queue', 'agent', 'customer',
  'wait', 'talk', 'hold', 'wrap', 'outcome', 'answered', 'resolved', 'csat',
] as const;
export type GenericField = (typeof GENERIC_FIELDS)[number];

/**
 * Header names of phone-system and BI exports, compared after folding case and dropping
 * everything but letters and digits ("Answered (Y/N)" → "answeredyn").
 */
const ALIASES: Record<GenericField, string[]> = {
  call_id: ['callid', 'id', 'uniqueid', 'calluuid', 'uuid', 'callreference', 'callref', 'linkedid', 'מזהה', 'מזההשיחה', 'מספרשיחה'],
  arrival: ['arrival', 'arrivaltime', 'arrivedat', 'arrivalat', 'start', 'starttime', 'startedat', 'startat', 'callstart', 'calltime', 'datetime', 'timestamp', 'enterqueue', 'queuestart', 'זמןהגעה', 'התחלה', 'זמןהתחלה', 'מועד', 'תאריךושעה'],
  date: ['date', 'calldate', 'day', 'תאריך'],
  time: ['time', 'timeofday', 'שעה'],
  answer_time: ['answer', 'answertime', 'answeredat', 'answerat', 'connecttime', 'זמןמענה'],
  end_time: ['end', 'endtime', 'endedat', 'endat', 'hangup', 'hanguptime', 'זמןסיום', 'סיום'],
  queue: ['queue', 'queuename', 'skill', 'skillname', 'topic', 'department', 'service', 'split', 'תור', 'נושא', 'מחלקה'],
  agent: ['agent', 'agentname', 'agentid', 'operator', 'extension', 'rep', 'representative', 'handledby', 'סוכן', 'נציג', 'שלוחה'],
  customer: ['customer', 'customerid', 'caller', 'callerid', 'callernumber', 'phone', 'phonenumber', 'clid', 'src', 'ani', 'account', 'accountid', 'לקוח', 'מספרלקוח', 'טלפון', 'מתקשר'],
  wait: ['wait', 'waittime', 'waitduration', 'holdtime', 'queuetime', 'queuewait', 'speedofanswer', 'speedofanswerinseconds', 'asa', 'ringtime', 'המתנה', 'זמןהמתנה'],
  talk: ['talk', 'talktime', 'talkduration', 'avgtalkduration', 'duration', 'billsec', 'conversation', 'servicetime', 'משךשיחה', 'זמןשיחה', 'שיחה'],
  hold: ['hold', 'holdduration', 'onhold', 'השהיה', 'זמןהשהיה'],
  wrap: ['wrap', 'wrapup', 'wrapuptime', 'acw', 'aftercallwork', 'aftercallworktime', 'סיכום', 'זמןסיכום'],
  outcome: ['outcome', 'status', 'disposition', 'result', 'callstatus', 'calloutcome', 'תוצאה', 'סטטוס'],
  answered: ['answered', 'answeredyn', 'isanswered', 'wasanswered', 'נענתה', 'נענה'],
  resolved: ['resolved', 'resolvedyn', 'fcr', 'firstcallresolution', 'issueresolved', 'נפתר', 'נפתרה'],
  csat: ['csat', 'satisfaction', 'satisfactionrating', 'satisfactionscore', 'rating', 'score', 'שביעותרצון', 'דירוג', 'ציון'],
};

const UNIT_SUFFIXES = ['inseconds', 'seconds', 'secs', 'sec', 's'];

export { foldHeader };

const BY_ALIAS = new Map<string, GenericField>();
for (const field of GENERIC_FIELDS) for (const alias of ALIASES[field]) BY_ALIAS.set(alias, field);

function fieldOf(header: string): GenericField | undefined {
  const folded = foldHeader(header);
  const direct = BY_ALIAS.get(folded);
  if (direct) return direct;
  for (const suffix of UNIT_SUFFIXES) {
    if (folded.length > suffix.length && folded.endsWith(suffix)) {
      const field = BY_ALIAS.get(folded.slice(0, -suffix.length));
      if (field) return field;
    }
  }
  return undefined;
}

/** Column index of each field: `--map FIELD=COLUMN` first, then the first header each alias names. */
export type ColumnMap = Partial<Record<GenericField, number>>;

export function mapColumns(header: string[], overrides: Record<string, string>, label: string): ColumnMap {
  const columns: ColumnMap = {};
  for (const [field, column] of Object.entries(overrides)) {
    if (!(GENERIC_FIELDS as readonly string[]).includes(field)) {
      throw new UserError(`--map ${field}=${column}: unknown field "${field}"`, `fields are: ${GENERIC_FIELDS.join(', ')}`);
    }
    const index = header.findIndex((name) => namesColumn(name, column));
    if (index < 0) throw new UserError(`--map ${field}=${column}: ${label} has no column "${column}"`, `its columns are: ${header.join(', ')}`);
    columns[field as GenericField] = index;
  }
  const taken = new Set(Object.values(columns));
  header.forEach((name, index) => {
    if (taken.has(index)) return;
    const field = fieldOf(name);
    if (field && columns[field] === undefined) columns[field] = index;
  });
  return columns;
}

/**
 * What keeps these columns from being a call log, if anything: it needs an arrival time (one
 * column, or a date and a time column) and something that says whether a call was answered
 * (an outcome, an answered flag, an answer time or a talk time). A date column alone is a
 * sales report or a timesheet as often as a call log.
 */
export function missingCallColumns(columns: ColumnMap): string | undefined {
  if (columns.arrival === undefined && columns.date === undefined) return 'no arrival time column';
  if (columns.outcome === undefined && columns.answered === undefined && columns.answer_time === undefined && columns.talk === undefined) {
    return 'no column says whether a call was answered (an outcome, answered Y/N, answer time or talk time)';
  }
  return undefined;
}
