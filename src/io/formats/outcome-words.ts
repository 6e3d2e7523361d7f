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

/**
 * A log writes the same few words on every row: what a word folds to is remembered by the word
 * as written, so the fold (normalising, lower-casing, a pattern over every character) runs once
 * per distinct word instead of once per row. Past a few hundred distinct words (a column of free
 * text mapped by mistake) nothing more is remembered, so memory stays flat.
 */
class FoldedWords<T> {
  private readonly known = new Map<string, T>();

  constructor(private readonly read: (folded: string) => T) {}

  of(text: string): T {
    const known = this.known.get(text);
    if (known !== undefined || this.known.has(text)) return known as T;
    const value = this.read(fold(text));
    if (this.known.size < REMEMBERED_WORDS) this.known.set(text, value);
    return value;
  }
}

const REMEMBERED_WORDS = 512;
const outcomes = new FoldedWords((folded) => OUTCOMES.get(folded));
const flags = new FoldedWords((folded) => (YES.has(folded) ? true : NO.has(folded) ? false : undefined));

export function outcomeFromWord(text: string): Outcome | undefined {
  return outcomes.of(text);
}

/** true, false, or undefined when the text is not a yes/no word. */
export function yesNo(text: string): boolean | undefined {
  return flags.of(text);
}
