import { confirm, input, number, select } from '@inquirer/prompts';
import type { Io } from '../io/io.js';
import { SessionInterrupted, type Ask } from './ask.js';

/** inquirer signals Ctrl-C by rejecting the prompt with an ExitPromptError. */
function interruption(error: unknown): never {
  if ((error as { name?: string } | null)?.name === 'ExitPromptError') throw new SessionInterrupted();
  throw error;
}

/** Real prompts on the terminal of `io`. */
export function inquirerAsk(io: Io): Ask {
  const context = { input: io.stdin, output: io.stdout as unknown as NodeJS.WritableStream };
  return {
    select: (question) =>
      select({ message: question.message, choices: question.choices.map((choice) => ({ value: choice.value, name: choice.name })), default: question.default }, context).catch(interruption),
    confirm: (question) => confirm({ message: question.message, default: question.default }, context).catch(interruption),
    group: (question) => confirm({ message: question.message, default: question.default }, context).catch(interruption),
    input: (question) =>
      input(
        {
          message: question.message,
          default: question.default,
          required: question.required ?? false,
          validate: (text) => (text.trim() === '' && !question.required ? true : (question.validate?.(text.trim()) ?? true)),
        },
        context,
      )
        .then((text) => text.trim())
        .catch(interruption),
    number: (question) =>
      number({ message: question.message, min: question.min, max: question.max, step: 1, default: question.default, required: question.required ?? false }, context).catch(interruption),
    say: (text) => {
      io.stdout.write(`${text}\n`);
    },
  };
}
