import { answersFileAsk } from '../../src/interactive/answers-file-ask.js';
import { SessionInterrupted, type Ask } from '../../src/interactive/ask.js';

export interface ScriptedAsk extends Ask {
  /** Keys of the questions asked, in order. */
  asked: string[];
  /** Messages of the questions asked, in order. */
  messages: string[];
  /** Everything the session showed between questions. */
  said: string[];
}

/**
 * Answers a session from a script of answers by key, as a person would type them; a key not in
 * the script is Enter. `interruptAt` makes that question end the session as Ctrl-C does.
 */
export function scriptedAsk(script: Record<string, unknown>, options: { interruptAt?: string } = {}): ScriptedAsk {
  const document: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(script)) {
    let node = document;
    const parts = key.split('.');
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[parts.at(-1) as string] = value;
  }
  const answers = answersFileAsk(document, 'script');
  const asked: string[] = [];
  const messages: string[] = [];
  const said: string[] = [];
  const record = <Q extends { key: string; message: string }, R>(question: Q, answer: (q: Q) => Promise<R>): Promise<R> => {
    asked.push(question.key);
    messages.push(question.message);
    if (question.key === options.interruptAt) throw new SessionInterrupted();
    return answer(question);
  };
  return {
    asked,
    messages,
    said,
    select: (question) => record(question, answers.select),
    confirm: (question) => record(question, answers.confirm),
    input: (question) => record(question, answers.input),
    number: (question) => record(question, answers.number),
    group: (question) => record(question, answers.group),
    say: (text) => {
      said.push(text);
    },
  };
}
