import { randomUUID } from 'node:crypto';
import { UserError } from '../errors.js';
import type { Store } from '../db/open.js';
import { deleteDraft, writeDraft } from '../db/drafts.js';
import { callExists, insertResponses, type NewResponse } from '../db/surveys.js';
import type { Instrument } from '../core/survey/instrument.js';
import type { Lang } from '../core/survey/lang.js';
import { messages } from '../i18n/messages.js';
import type { Ask } from './ask.js';
import type { AnswersFileAsk } from './answers-file-ask.js';
import type { Answers } from './form.js';
import { runSurveySession, type SurveyDraft, type SurveySessionResult } from './survey-session.js';
import { atomically } from '../db/transaction.js';

export interface RecordSurveyOptions {
  instrument: Instrument;
  lang: Lang;
  repeat: boolean;
  customer?: string;
  call?: string;
  /** 'run' at a terminal, the answers file's name otherwise. */
  source: string;
  /** Unix seconds, UTC: when a response is complete. */
  now(): number;
  /** A draft being continued. */
  resume?: { respondent: number; answers: Answers };
}

/** What a survey draft remembers of how its session was started. */
export interface SurveyStart {
  lang: Lang;
  repeat: boolean;
  customer?: string;
  call?: string;
  respondent: number;
}

export const surveyDraftKind = (instrument: string) => `survey:${instrument}`;

/**
 * Runs a survey session and stores its responses. At a terminal each response is stored as soon
 * as it is complete, and the one in progress is kept as a draft after every answer, so Ctrl-C,
 * a lost terminal or a killed process loses nothing; from an answers file all are checked first
 * (including answers no question asked for) and stored together, or none.
 */
export async function recordSurvey(db: Store, ask: Ask | AnswersFileAsk, options: RecordSurveyOptions): Promise<SurveySessionResult> {
  if (options.call !== undefined && !callExists(db, options.call)) throw unknownCall(options.call);
  const fromFile = 'unused' in ask;
  const kind = surveyDraftKind(options.instrument.id);
  const pending: NewResponse[] = [];
  const toResponse = (draft: SurveyDraft): NewResponse => ({
    instrument: options.instrument.id,
    responseKey: `run:${randomUUID()}`,
    respondedAt: options.now(),
    lang: options.lang,
    customer: draft.customer,
    callKey: draft.call,
    comment: draft.comment,
    source: options.source,
    answers: draft.answers,
  });
  const keep = (respondent: number, answers: Answers) => {
    const started: SurveyStart = { lang: options.lang, repeat: options.repeat, customer: options.customer, call: options.call, respondent };
    writeDraft(db, { kind, started: { ...started }, answers, savedAt: options.now() });
  };
  const result = await runSurveySession(ask, {
    ...options,
    review: !fromFile,
    keep: fromFile ? undefined : keep,
    checkCall: (callKey) => (callExists(db, callKey) ? undefined : messages(options.lang).t('survey.unknownCall', { call: JSON.stringify(callKey) })),
    complete: (draft) =>
      fromFile
        ? pending.push(toResponse(draft))
        : atomically(db, () => {
            insertResponses(db, [toResponse(draft)]);
            deleteDraft(db, kind);
          }),
  });
  if (fromFile) {
    const unused = ask.unused();
    if (unused.length > 0) throw new UserError(`${options.source}: ${unused[0]}: no question of ${options.instrument.id} asks for it`, givenByFlag(unused[0]!, options));
    insertResponses(db, pending);
  }
  return result;
}

function unknownCall(callKey: string): UserError {
  return new UserError(`the store has no call "${callKey}"`, 'a call id is the source key of an imported call; leave it out to record the response without one');
}

/** The hint for an answer that a command-line flag already gave. */
function givenByFlag(key: string, options: RecordSurveyOptions): string | undefined {
  const field = /(?:^|\.)(customer|call)$/.exec(key)?.[1] as 'customer' | 'call' | undefined;
  return field !== undefined && options[field] !== undefined ? `--${field} gives the ${field}; leave one of the two out` : undefined;
}
