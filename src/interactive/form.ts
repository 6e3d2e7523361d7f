import type { DraftAnswer } from '../db/drafts.js';
import type { Messages } from '../i18n/messages.js';
import type { Ask, Choice, Question } from './ask.js';

export type Answer = DraftAnswer;
export type Answers = [string, Answer][];

/** The person asked to go back one question (typed < at a prompt, or chose "back" in a picker). */
export class GoBack extends Error {
  override name = 'GoBack';
  constructor() {
    super('back');
  }
}

export interface FormOptions {
  /** Answers given before (a draft being resumed), by answer id. */
  answers?: Answers;
  /** Receives every answer so far after each answer typed, so an interruption loses nothing. */
  keep?(answers: Answers): void;
  /** Before the result is accepted, every answer is shown with a way to change any of them. */
  review?: Messages;
}

interface Given {
  message: string;
  shown: string;
}

/**
 * Runs a session written as straight-line questions (`form`) so that a person can go back,
 * review and change answers, and resume a draft: the form is replayed from the start with the
 * answers already given, and only the first question without an answer reaches the person. Text
 * the form shows between replayed questions is held back; only what leads up to the question
 * asked is shown. An answer's id is its question key, with #2, #3 … when a form asks one key
 * again (a follow-up that an answers file gives under the same key).
 */
export async function runForm<T>(live: Ask, form: (ask: Ask) => Promise<T>, options: FormOptions = {}): Promise<T> {
  const given = new Map<string, Answer>(options.answers ?? []);
  for (;;) {
    const order: string[] = [];
    const shown = new Map<string, Given>();
    const held: string[] = [];
    const seen = new Map<string, number>();
    const replay = async <R extends Answer | undefined>(question: Question, ask: () => Promise<R>, show: (answer: R) => string): Promise<R> => {
      const times = (seen.get(question.key) ?? 0) + 1;
      seen.set(question.key, times);
      const id = times === 1 ? question.key : `${question.key}#${times}`;
      let answer: R;
      if (given.has(id)) {
        answer = (given.get(id) ?? undefined) as R;
        held.length = 0;
      } else {
        for (const text of held.splice(0)) live.say(text);
        answer = await ask();
        given.set(id, answer ?? null);
        options.keep?.([...given]);
      }
      order.push(id);
      shown.set(id, { message: question.message, shown: show(answer) });
      return answer;
    };
    const words = options.review;
    const yesNo = (answer: boolean) => (words ? words.t(answer ? 'session.yes' : 'session.no') : String(answer));
    const text = (answer: string | number | undefined) => (answer === undefined || answer === '' ? (words?.t('session.skipped') ?? '') : String(answer));
    const replaying: Ask = {
      select: <V extends string>(question: Question & { choices: readonly Choice<V>[]; default?: V }) =>
        replay(question, () => live.select(question), (value: V) => question.choices.find((choice) => choice.value === value)?.name ?? value),
      confirm: (question) => replay(question, () => live.confirm(question), yesNo),
      group: (question) => replay(question, () => live.group(question), yesNo),
      input: (question) => replay(question, () => live.input(question), text),
      number: (question) => replay(question, () => live.number(question), text),
      say: (line) => {
        held.push(line);
      },
    };
    let result: T;
    try {
      result = await form(replaying);
    } catch (error) {
      if (!(error instanceof GoBack)) throw error;
      const last = order.at(-1);
      if (last === undefined) live.say(options.review?.t('session.nothingBefore') ?? '');
      else given.delete(last);
      continue;
    }
    for (const text of held.splice(0)) live.say(text);
    for (const id of [...given.keys()]) if (!order.includes(id)) given.delete(id);
    if (!words) return result;
    const change = await reviewAnswers(live, words, order, shown);
    if (change === 'save') return result;
    given.delete(change === 'back' ? (order.at(-1) as string) : change);
    options.keep?.([...given]);
  }
}

/** Every answer of the pass, to save or to pick one to change. */
async function reviewAnswers(live: Ask, words: Messages, order: readonly string[], shown: ReadonlyMap<string, Given>): Promise<string> {
  const choices = [
    { value: 'save', name: words.t('session.save') },
    ...order.map((id) => ({ value: id, name: words.t('session.reviewLine', { question: shown.get(id)?.message ?? id, answer: shown.get(id)?.shown ?? '' }) })),
  ];
  try {
    return await live.select({ key: 'review', message: words.t('session.review'), choices, default: 'save' });
  } catch (error) {
    if (error instanceof GoBack && order.length > 0) return 'back';
    throw error;
  }
}
