import type { Instrument, Item } from '../core/survey/instrument.js';
import { localText, type Lang } from '../core/survey/lang.js';
import { questionsOf, type Question } from '../core/survey/questions.js';
import { SERVQUAL_PARTS, SERVQUAL_WEIGHT_POINTS, servqualKey } from '../core/survey/servqual.js';
import { SessionInterrupted, type Ask } from './ask.js';
import { SURVEY_TEXT, type SurveyText } from './survey-text.js';

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
}

export interface SurveySessionResult {
  completed: number;
  /** Ended by Ctrl-C: the respondent in progress was discarded. */
  interrupted: boolean;
}

export async function runSurveySession(ask: Ask, options: SurveySessionOptions): Promise<SurveySessionResult> {
  const text = SURVEY_TEXT[options.lang];
  let completed = 0;
  try {
    for (let index = 0; index === 0 || options.repeat; index++) {
      const prefix = `respondents.${index}`;
      if (index > 0 && !(await ask.group({ key: prefix, message: text.another, default: true }))) break;
      if (options.repeat) ask.say(`\n${text.respondent(index + 1)}`);
      options.complete(await askRespondent(ask, options, text, prefix));
      completed++;
    }
  } catch (error) {
    if (error instanceof SessionInterrupted) return { completed, interrupted: true };
    throw error;
  }
  return { completed, interrupted: false };
}

async function askRespondent(ask: Ask, options: SurveySessionOptions, text: SurveyText, prefix: string): Promise<SurveyDraft> {
  const optional = (message: string) => `${message} ${text.optional}`;
  const customer = options.customer ?? (await ask.input({ key: `${prefix}.customer`, message: optional(text.customer) }));
  const call = options.call ?? (await ask.input({ key: `${prefix}.call`, message: optional(text.call), validate: options.checkCall }));
  const answers = new Map<string, number>();
  let part: Question['part'];
  for (const question of questionsOf(options.instrument)) {
    if (question.part !== part) {
      part = question.part;
      if (part) ask.say(`\n${localText(SERVQUAL_PARTS[part].intro, options.lang)}`);
    }
    const message = questionText(question, options.lang);
    const value = await ask.number({
      key: `${prefix}.${question.path}`,
      message: question.item.optional ? optional(message) : message,
      min: question.item.scale.min,
      max: question.item.scale.max,
      required: !question.item.optional,
    });
    if (value !== undefined) answers.set(question.key, value);
  }
  if (options.instrument.kind === 'servqual') await askWeights(ask, options, text, prefix, answers);
  const comment = await ask.input({ key: `${prefix}.comment`, message: optional(text.comment) });
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
async function askWeights(ask: Ask, options: SurveySessionOptions, text: SurveyText, prefix: string, answers: Map<string, number>): Promise<void> {
  if (!(await ask.group({ key: `${prefix}.weights`, message: text.giveWeights, default: false }))) return;
  ask.say(text.weightsIntro(SERVQUAL_WEIGHT_POINTS));
  let left = SERVQUAL_WEIGHT_POINTS;
  const dimensions = options.instrument.dimensions;
  for (const [index, dimension] of dimensions.entries()) {
    const name = localText(dimension.title, options.lang).split(':')[0] as string;
    const last = index === dimensions.length - 1;
    const points = (await ask.number({
      key: `${prefix}.weights.${dimension.id}`,
      message: last ? text.lastWeight(name, left) : text.weight(name, left),
      min: last ? left : 0,
      max: left,
      default: last ? left : undefined,
      required: true,
      range: last
        ? `${left}: the weights add up to ${SERVQUAL_WEIGHT_POINTS}, and ${left} of them are left for ${dimension.id}`
        : `a whole number from 0 to ${left}: the weights add up to ${SERVQUAL_WEIGHT_POINTS}, and ${left} of them are left`,
    })) as number;
    answers.set(servqualKey('W', dimension.id), points);
    left -= points;
  }
}
