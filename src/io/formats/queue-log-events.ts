/**
 * What each Asterisk queue_log event means for a call, and where its numbers are. Field
 * layouts as documented in Asterisk's "Queue Logs" reference (data1 is the first field after
 * the event name):
 *   ENTERQUEUE(url|callerid)                    CONNECT(holdtime|bridgedchanneluniqueid|ringtime)
 *   COMPLETECALLER / COMPLETEAGENT(holdtime|calltime|origposition)
 *   TRANSFER / BLINDTRANSFER(extension|context|holdtime|calltime|origposition)
 *   ATTENDEDTRANSFER(method|method data…|holdtime|calltime|origposition): counted from the end
 *   ABANDON / EXITEMPTY / EXITWITHTIMEOUT(position|origposition|waittime)
 *   EXITWITHKEY(key|position|origposition|waittime)
 * holdtime and waittime are the seconds the caller waited in the queue; calltime is talk.
 */
export type QueueEventRole =
  | { kind: 'enter' }
  | { kind: 'connect'; wait: number | null }
  | { kind: 'answered'; wait: number | null; talk: number | null }
  | { kind: 'abandoned'; wait: number | null }
  /** The caller never entered the queue (JOINEMPTY, FULL …): not a call for the KPIs. */
  | { kind: 'refused' }
  /** Agent, pause, login, ring-no-answer, reload … : not about a call's outcome. */
  | { kind: 'other' };

export const ANSWERED_ENDINGS = ['COMPLETECALLER', 'COMPLETEAGENT', 'TRANSFER', 'BLINDTRANSFER', 'ATTENDEDTRANSFER'] as const;
export const ABANDONED_ENDINGS = ['ABANDON', 'EXITWITHTIMEOUT', 'EXITWITHKEY', 'EXITEMPTY'] as const;
// CLOSED and DIVERT_* are written by Wazo's patched Asterisk for callers turned away before queueing.
export const REFUSED_EVENTS = ['JOINEMPTY', 'JOINUNAVAIL', 'FULL', 'CLOSED', 'DIVERT_CA_RATIO', 'DIVERT_HOLDTIME'] as const;

/** A data field that should hold seconds but does not. */
export class BadEventField extends Error {
  constructor(
    readonly field: string,
    value: string,
  ) {
    super(`"${value}" is not a number of seconds`);
  }
}

/** `data` holds data1, data2, … (trailing empty fields of a table export removed). */
export function queueEventRole(event: string, data: string[]): QueueEventRole {
  switch (event) {
    case 'ENTERQUEUE':
      return { kind: 'enter' };
    case 'CONNECT':
      return { kind: 'connect', wait: seconds(data, 0) };
    case 'COMPLETECALLER':
    case 'COMPLETEAGENT':
      return { kind: 'answered', wait: seconds(data, 0), talk: seconds(data, 1) };
    case 'TRANSFER':
    case 'BLINDTRANSFER':
      return { kind: 'answered', wait: seconds(data, 2), talk: seconds(data, 3) };
    case 'ATTENDEDTRANSFER':
      return data.length >= 4 ? { kind: 'answered', wait: seconds(data, data.length - 3), talk: seconds(data, data.length - 2) } : { kind: 'answered', wait: null, talk: null };
    case 'ABANDON':
    case 'EXITEMPTY':
    case 'EXITWITHTIMEOUT':
      return { kind: 'abandoned', wait: seconds(data, 2) };
    case 'EXITWITHKEY':
      return { kind: 'abandoned', wait: seconds(data, 3) };
    default:
      return (REFUSED_EVENTS as readonly string[]).includes(event) ? { kind: 'refused' } : { kind: 'other' };
  }
}

/** Seconds in data[index]; null when the field is absent or empty (older versions log fewer fields). */
function seconds(data: string[], index: number): number | null {
  const text = data[index]?.trim() ?? '';
  if (text === '') return null;
  if (!/^\d+(\.\d+)?$/.test(text)) throw new BadEventField(`data${index + 1}`, text);
  return Number(text);
}

