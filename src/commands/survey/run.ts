import { findInstrument } from '../../core/survey/find.js';
import { UserError } from '../../errors.js';
import { messages } from '../../i18n/messages.js';
import { answersFileAsk } from '../../interactive/answers-file-ask.js';
import { parseJsonFile } from '../../interactive/json-file.js';
import { surveyAnswersDocument } from '../../interactive/survey-answers.js';
import { recordSurvey, surveyDraftKind, type SurveyStart } from '../../interactive/survey-record.js';
import { requireTerminal } from '../../interactive/terminal.js';
import { localTime } from '../../io/render/instant.js';
import { now } from '../../io/io.js';
import type { CommandContext } from '../context.js';
import { readText } from '../ledger-command.js';
import type { CommonOptions } from '../options.js';
import { draftChoice } from '../session-draft.js';
import { sessionLanguage } from '../session-language.js';
import { wrapLines } from '../../interactive/wrap-lines.js';

/** Shell convention for a run ended by Ctrl-C (128 + SIGINT). */
const INTERRUPTED = 130;

interface RunOptions extends CommonOptions {
  customer?: string;
  call?: string;
  repeat?: boolean;
  lang?: string;
  answers?: string;
  resume?: boolean;
  discard?: boolean;
}

export function run(context: CommandContext, id: string, options: RunOptions) {
  // Each answer is dated when it is given: a campaign at a terminal can last an afternoon.
  const unixNow = () => Math.floor(now(context.io).getTime() / 1000);
  return context.withSession(options, async ({ store: db, settings, zone }) => {
    if (options.repeat && (options.customer !== undefined || options.call !== undefined)) {
      throw new UserError(`${options.customer !== undefined ? '--customer' : '--call'} names one respondent and cannot go with --repeat`, "with --repeat each respondent's customer and call are asked (or read from the answers file)");
    }
    const asked = sessionLanguage(options.lang, settings, context.io);
    const instrument = findInstrument(db, id);
    const choice = draftChoice(db, surveyDraftKind(instrument.id), options, `svc survey run ${instrument.id}`, zone, messages(asked));
    if (choice.action === 'dropped') {
      const lang = (choice.draft.started as unknown as SurveyStart).lang ?? asked;
      context.err(`${messages(lang).t('survey.dropped', { instrument: instrument.id, at: localTime(choice.draft.savedAt, zone), count: choice.draft.answers.length })}\n`);
      return;
    }
    const start = choice.action === 'resume' ? (choice.draft.started as unknown as SurveyStart) : undefined;
    const lang = start?.lang ?? asked;
    const words = messages(lang);
    let ask;
    if (options.answers !== undefined) {
      const { document, keyInFile } = surveyAnswersDocument(parseJsonFile(readText(context.io, options.answers), options.answers), options.answers, options.repeat === true);
      ask = answersFileAsk(document, options.answers, keyInFile);
    } else {
      requireTerminal(context.io, 'svc survey run', words);
      // The prompt library is loaded only for a session at a terminal.
      const { inquirerAsk } = await import('../../interactive/inquirer-ask.js');
      ask = inquirerAsk(context.io, words);
      if (choice.action === 'resume') ask.say(words.plural('session.resumed', choice.draft.answers.length, { at: localTime(choice.draft.savedAt, zone) }));
      ask.say(words.t('session.backHint'));
    }
    const result = await recordSurvey(db, ask, {
      ...options,
      ...(start ? { customer: start.customer, call: start.call, repeat: start.repeat } : {}),
      resume: choice.action === 'resume' ? { respondent: start?.respondent ?? 0, answers: choice.draft.answers } : undefined,
      instrument,
      lang,
      repeat: (start?.repeat ?? options.repeat) === true,
      source: options.answers ?? 'run',
      now: unixNow,
    });
    const params = { instrument: instrument.id };
    if (result.interrupted) {
      // Said at the terminal the session ran on: wrapped at words, as the session's own lines.
      context.err(`${wrapLines(words.plural(result.inProgress ? 'survey.interrupted' : 'survey.interruptedNothing', result.completed, params), context.io.stdout.columns ?? 80)}\n`);
      context.exitCode = INTERRUPTED;
    } else if (!options.quiet) {
      context.err(`${words.plural('survey.recorded', result.completed, params)}\n`);
    }
  });
}
