import type { Outcome } from '../../core/call.js';

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Endings of a call as phone systems and spreadsheets name them (README: "Outcome words"). */
const OUTCOMES = new Map<string, Outcome>([
  ...['answered', 'answer', 'completed', 'complete', 'completecaller', 'completeagent', 'connected', 'connect', 'handled', 'served', 'agent', 'success', 'successful', 'transfer', 'transferred', 'נענתה', 'נענה', 'טופלה'].map(
    (word) => [word, 'answered'] as const,
  ),
  ...['abandoned', 'abandon', 'missed', 'noanswer', 'unanswered', 'notanswered', 'busy', 'failed', 'hangup', 'hungup', 'hang', 'timeout', 'exitwithtimeout', 'exitwithkey', 'exitempty', 'lost', 'dropped', 'ננטשה', 'נטושה', 'לאנענתה', 'החמצה'].map(
    (word) => [word, 'abandoned'] as const,
  ),
]);

const YES = new Set(['y', 'yes', '1', 'true', 't', 'כן']);
const NO = new Set(['n', 'no', '0', 'false', 'f', 'לא']);

export function outcomeFromWord(text: string): Outcome | undefined {
  return OUTCOMES.get(fold(text));
}

/** true, false, or undefined when the text is not a yes/no word. */
export function yesNo(text: string): boolean | undefined {
  const folded = fold(text);
  if (YES.has(folded)) return true;
  if (NO.has(folded)) return false;
  return undefined;
}
