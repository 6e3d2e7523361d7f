import { input } from '@inquirer/prompts';
import type { Io } from '../io/io.js';
import type { Messages } from '../i18n/messages.js';
import { SessionInterrupted, type Ask } from './ask.js';
import { GoBack } from './form.js';
import { picker } from './picker.js';
import { wrapLines } from './wrap-lines.js';
import { readYesNo } from './yes-no.js';

/** What a person types to go back one question. */
export const BACK = '<';

/** inquirer signals Ctrl-C (and a terminal that went away) by rejecting the prompt with an ExitPromptError. */
function interruption(error: unknown): never {
  if ((error as { name?: string } | null)?.name === 'ExitPromptError') throw new SessionInterrupted();
  throw error;
}

/**
 * Real prompts on the terminal of `io`, worded in the session's language. Every prompt takes <
 * to go back one question, and every picker has a way back; yes/no accepts y/n and כ/ל.
 */
export function inquirerAsk(io: Io, words: Messages): Ask {
  const context = { input: io.stdin, output: io.stdout as unknown as NodeJS.WritableStream };
  const ask = (message: string, check: (text: string) => string | undefined, preset?: string): Promise<string> =>
    input({ message, default: preset, validate: (text) => (text.trim() === BACK ? true : (check(text.trim()) ?? true)) }, context)
      .catch(interruption)
      .then((text) => {
        if (text.trim() === BACK) throw new GoBack();
        return text.trim();
      });
  const yesNo = async (message: string, preset: boolean): Promise<boolean> => {
    const hint = words.t('session.yesNoHint', { default: words.t(preset ? 'session.yes' : 'session.no') });
    const text = await ask(`${message} ${hint}`, (typed) => (typed === '' || readYesNo(typed) !== undefined ? undefined : words.t('session.yesNoProblem')));
    return text === '' ? preset : (readYesNo(text) as boolean);
  };
  return {
    select: (question) => {
      const back = '\u0000back';
      return picker(
        {
          message: question.message,
          choices: [...question.choices, { value: back, name: words.t('session.back') }],
          default: question.default,
          width: io.stdout.columns ?? 80,
          height: Math.max(3, Math.min(12, ((io.stdout as { rows?: number }).rows ?? 24) - 6)),
          more: { above: (count) => words.t('session.more.above', { count }), below: (count) => words.t('session.more.below', { count }) },
          help: words.t('session.pickerHelp'),
        },
        context,
      )
        .catch(interruption)
        .then((value) => {
          if (value === back) throw new GoBack();
          return value as typeof question.default & string;
        });
    },
    confirm: (question) => yesNo(question.message, question.default),
    group: (question) => yesNo(question.message, question.default),
    input: (question) =>
      ask(question.message, (text) => (text === '' ? (question.required ? words.t('session.required') : undefined) : question.validate?.(text)), question.default),
    number: async (question) => {
      const range = () => question.range ?? words.t('session.numberProblem', { min: question.min, max: question.max });
      const text = await ask(
        question.message,
        (typed) => {
          if (typed === '') return question.required && question.default === undefined ? range() : undefined;
          const value = Number(typed);
          return /^-?\d+$/.test(typed) && value >= question.min && value <= question.max ? undefined : range();
        },
        question.default === undefined ? undefined : String(question.default),
      );
      return text === '' ? question.default : Number(text);
    },
    say: (text) => {
      // The width is read each time: the terminal may have been resized since the session began.
      io.stdout.write(`${wrapLines(text, io.stdout.columns ?? 80)}\n`);
    },
  };
}
