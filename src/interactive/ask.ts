/**
 * The few kinds of question a session asks. The terminal passes inquirer prompts, an answers
 * file passes a look-up in a JSON document, tests pass a script. `key` names the answer's place
 * in an answers file (a dotted path); `message` is what a person sees.
 */
export interface Question {
  key: string;
  message: string;
}

export interface Choice<T extends string> {
  value: T;
  name: string;
}

export interface Ask {
  select<T extends string>(question: Question & { choices: readonly Choice<T>[]; default?: T }): Promise<T>;
  confirm(question: Question & { default: boolean }): Promise<boolean>;
  /** Text; '' when an answer that is not required is skipped. `validate` returns the problem, if any. */
  input(question: Question & { default?: string; required?: boolean; validate?: (text: string) => string | undefined }): Promise<string>;
  /**
   * A whole number from min to max; undefined when an answer that is not required is skipped.
   * `range` says in words what is allowed, when "a whole number from min to max" would not explain it.
   */
  number(question: Question & { min: number; max: number; default?: number; required?: boolean; range?: string }): Promise<number | undefined>;
  /** Whether to go through a group of questions (another respondent, optional weights); a file answers by having the group. */
  group(question: Question & { default: boolean }): Promise<boolean>;
  /** Text shown between questions (evidence, a section's introduction). */
  say(text: string): void;
}

/** The person ended the session (Ctrl-C) in the middle of a question. */
export class SessionInterrupted extends Error {
  override name = 'SessionInterrupted';
  constructor() {
    super('interrupted');
  }
}
