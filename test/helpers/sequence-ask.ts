import { SessionInterrupted, type Ask } from '../../src/interactive/ask.js';
import { GoBack } from '../../src/interactive/form.js';

export const BACK = Symbol('back');
export const CTRL_C = Symbol('Ctrl-C');
type Step = [key: string, answer: unknown];

export interface SequenceAsk extends Ask {
  /** Keys of the questions asked, in order. */
  asked: string[];
  /** The choices each picker offered, by key, the last time it was asked. */
  offered: Map<string, string[]>;
  said: string[];
  /** Steps not yet taken. */
  left(): Step[];
}

/**
 * A person at the terminal, step by step: each question must be the one the next step names,
 * and gets its answer, or goes back (BACK), or ends the session as Ctrl-C does (CTRL_C).
 */
export function sequenceAsk(steps: Step[]): SequenceAsk {
  const queue = [...steps];
  const asked: string[] = [];
  const offered = new Map<string, string[]>();
  const said: string[] = [];
  const next = (key: string): unknown => {
    asked.push(key);
    const step = queue.shift();
    if (!step) throw new Error(`asked ${key} after the last step`);
    if (step[0] !== key) throw new Error(`asked ${key}, but the next step answers ${step[0]}`);
    if (step[1] === BACK) throw new GoBack();
    if (step[1] === CTRL_C) throw new SessionInterrupted();
    return step[1];
  };
  return {
    asked,
    offered,
    said,
    left: () => queue,
    select: async (question) => {
      offered.set(question.key, question.choices.map((choice) => choice.name));
      return next(question.key) as typeof question.default & string;
    },
    confirm: async (question) => next(question.key) as boolean,
    group: async (question) => next(question.key) as boolean,
    input: async (question) => next(question.key) as string,
    number: async (question) => next(question.key) as number | undefined,
    say: (text) => {
      said.push(text);
    },
  };
}
