import type { Instrument, Item } from '../core/survey/instrument.js';
import { localText, type Lang } from '../core/survey/lang.js';
import { questionsOf, type Question } from '../core/survey/questions.js';
import { SERVQUAL_PARTS, SERVQUAL_WEIGHT_POINTS, servqualKey } from '../core/survey/servqual.js';
import { messages, type Messages } from '../i18n/messages.js';
import { SessionInterrupted, type Ask } from './ask.js';
import { runForm, type Answers } from './form.js';

/** One respondent's completed answers, as the session hands them over to be stored. */
export interface SurveyDraft {
  customer: string | null;
  call: string | null;
  answers: Map<string, number>;
  comment: string | null;
}

export interface SurveySessionOptions {
  instrument: Instrument;
  lang: Lang;
  /** One respondent after another until the person says there is no other. */
  repeat: boolean;
  /** Given on the command line: then not asked. */
  customer?: string;
  call?: string;
  /** Why a call id cannot be linked (the store does not have it), or undefined. */
  checkCall(callKey: string): string | undefined;
  /** Receives each respondent's answers as soon as they are complete. */
  complete(draft: SurveyDraft): void;
  /** At a terminal: each respondent's answers are shown for a last look, and any can be changed. */
  review?: boolean;
  /** A draft being resumed: the respondent it belongs to and the answers it holds. */
  resume?: { respondent: number; answers: Answers };
  /** Receives the answers of the respondent in progress after every answer. */
  keep?(respondent: number, answers: Answers): void;
}

export interface SurveySessionResult {
  completed: number;
  /** Ended by Ctrl-C: the respondent in progress was kept as a draft (`inProgress`) or had no answer yet. */
  interrupted: boolean;
  inProgress?: boolean;
}

export async function runSurveySession(ask: Ask, options: SurveySessionOptions): Promise<SurveySessionResult> {
  const words = messages(options.lang);
  let completed = 0;
  let answered = false;
  const first = options.resume?.respondent ?? 0;
  try {
    for (let index = first; index === first || options.repeat; index++) {
      const prefix = `respondents.${index}`;
      const resumed = index === first ? options.resume?.answers : undefined;
      if (index > first && !(await ask.group({ key: prefix, message: words.t('survey.another'), default: true }))) break;
      if (options.repeat) ask.say(`\n${words.t('survey.respondent', { number: index + 1 })}`);
      answered = resumed !== undefined && resumed.length > 0;
      const draft = await runForm(ask, (form) => askRespondent(form, options, words, prefix), {
        answers: resumed,
        review: options.review ? words : undefined,
        keep: (answers) => {
          answered = answers.length > 0;
          options.keep?.(index, answers);
        },
      });
      options.complete(draft);
      answered = false;
      completed++;
    }
  } catch (error) {
    if (error instanceof SessionInterrupted) return { completed, interrupted: true, inProgress: answered };
    throw error;
  }
  return { completed, interrupted: false };
}

async function askRespondent(ask: Ask, options: SurveySessionOptions, words: Messages, prefix: string): Promise<SurveyDraft> {
  const optional = (message: string) => `${message} ${words.t('survey.optional')}`;
  const customer = options.customer ?? (await ask.input({ key: `${prefix}.customer`, message: optional(words.t('survey.customer')) }));
  const call = options.call ?? (await ask.input({ key: `${prefix}.call`, message: optional(words.t('survey.call')), validate: options.checkCall }));
  const answers = new Map<string, number>();
  const questions = questionsOf(options.instrument);
  let part: Question['part'];
  for (const [index, question] of questions.entries()) {
    if (question.part !== part) {
      part = question.part;
      if (part) ask.say(`\n${localText(SERVQUAL_PARTS[part].intro, options.lang)}`);
    }
    const progress = questions.length > 1 ? `${words.t('survey.progress', { number: index + 1, total: questions.length })} · ` : '';
    const message = `${progress}${questionText(question, options.lang)}`;
    const value = await ask.number({
      key: `${prefix}.${question.path}`,
      message: question.item.optional ? optional(message) : message,
      min: question.item.scale.min,
      max: question.item.scale.max,
      required: !question.item.optional,
    });
    if (value !== undefined) answers.set(question.key, value);
  }
  if (options.instrument.kind === 'servqual') await askWeights(ask, options, words, prefix, answers);
  const comment = await ask.input({ key: `${prefix}.comment`, message: optional(words.t('survey.comment')) });
  return { customer: customer || null, call: call || null, answers, comment: comment || null };
}

/** The prompt of one question: SERVQUAL's statements are completed by their part's lead-in. */
function questionText(question: Question, lang: Lang): string {
  const statement = question.part ? `${localText(SERVQUAL_PARTS[question.part].lead, lang)} ${localText(question.item.text, lang)}.` : localText(question.item.text, lang);
  return `${statement} ${scaleHint(question.item, lang)}`;
}

function scaleHint(item: Item, lang: Lang): string {
  const { min, max, low, high } = item.scale;
  if (!low || !high) return `(${min}–${max})`;
  return `(${min} = ${localText(low, lang)} … ${max} = ${localText(high, lang)})`;
}

/** Importance points: each dimension out of what is left, the last one gets the rest, so they always add up. */
async function askWeights(ask: Ask, options: SurveySessionOptions, words: Messages, prefix: string, answers: Map<string, number>): Promise<void> {
  if (!(await ask.group({ key: `${prefix}.weights`, message: words.t('survey.giveWeights'), default: false }))) return;
  ask.say(words.t('survey.weightsIntro', { points: SERVQUAL_WEIGHT_POINTS }));
  let left = SERVQUAL_WEIGHT_POINTS;
  const dimensions = options.instrument.dimensions;
  for (const [index, dimension] of dimensions.entries()) {
    const name = localText(dimension.title, options.lang).split(':')[0] as string;
    const last = index === dimensions.length - 1;
    const points = (await ask.number({
      key: `${prefix}.weights.${dimension.id}`,
      message: words.t(last ? 'survey.lastWeight' : 'survey.weight', { dimension: name, left }),
      min: last ? left : 0,
      max: left,
      default: last ? left : undefined,
      required: true,
      range: words.t(last ? 'survey.lastWeightRange' : 'survey.weightRange', { left, points: SERVQUAL_WEIGHT_POINTS, dimension: dimension.id }),
    })) as number;
    answers.set(servqualKey('W', dimension.id), points);
    left -= points;
  }
}
