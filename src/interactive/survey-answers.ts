import { UserError } from '../errors.js';

export interface SurveyAnswersDocument {
  /** The document as the session reads it. */
  document: { respondents: unknown[] };
  /** A session key (respondents.0.answers.nps) as the file itself names it (answers.nps, [0].answers.nps). */
  keyInFile(key: string): string;
}

/**
 * An answers file for `svc survey run`: one respondent ({"answers": {…}}), a list of them, or
 * {"respondents": […]}. Read as {"respondents": […]}, the shape the session's keys assume.
 */
export function surveyAnswersDocument(document: unknown, label: string, repeat: boolean): SurveyAnswersDocument {
  let respondents: unknown;
  let keyInFile = (key: string) => key;
  if (Array.isArray(document)) {
    respondents = document;
    keyInFile = (key) => key.replace(/^respondents\.(\d+)/, '[$1]');
  } else if (typeof document === 'object' && document !== null && 'respondents' in document) {
    respondents = (document as { respondents: unknown }).respondents;
  } else if (typeof document === 'object' && document !== null) {
    respondents = [document];
    keyInFile = (key) => key.replace(/^respondents\.0\./, '');
  }
  if (!Array.isArray(respondents) || respondents.some((respondent) => typeof respondent !== 'object' || respondent === null || Array.isArray(respondent))) {
    throw new UserError(`${label}: expected a respondent ({"answers": {…}}), a list of them, or {"respondents": […]}`);
  }
  if (respondents.length === 0) throw new UserError(`${label}: no respondents`);
  if (!repeat && respondents.length > 1) throw new UserError(`${label} has ${respondents.length} respondents; add --repeat to record them all`);
  return { document: { respondents }, keyInFile };
}
