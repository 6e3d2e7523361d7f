import type { Lang } from '../core/survey/lang.js';

/** The words of a survey session around the items, in each language an instrument can be asked in. */
export interface SurveyText {
  respondent(number: number): string;
  customer: string;
  call: string;
  optional: string;
  comment: string;
  another: string;
  giveWeights: string;
  weightsIntro(points: number): string;
  weight(dimension: string, left: number): string;
  lastWeight(dimension: string, left: number): string;
}

export const SURVEY_TEXT: Record<Lang, SurveyText> = {
  en: {
    respondent: (number) => `Respondent ${number}`,
    customer: 'Customer (phone or account)',
    call: 'Call id',
    optional: '(optional, Enter to skip)',
    comment: 'Anything else you would like to tell us?',
    another: 'Another respondent?',
    giveWeights: 'Would you also say how important each of the five areas is to you?',
    weightsIntro: (points) => `Share ${points} points among the five areas by how important each is to you.`,
    weight: (dimension, left) => `${dimension} (${left} points left)`,
    lastWeight: (dimension, left) => `${dimension} gets the remaining ${left} points`,
  },
  he: {
    respondent: (number) => `משיב/ה ${number}`,
    customer: 'לקוח (טלפון או מספר חשבון)',
    call: 'מזהה שיחה',
    optional: '(לא חובה, Enter לדילוג)',
    comment: 'יש עוד משהו שתרצו לספר לנו?',
    another: 'משיב/ה נוסף/ת?',
    giveWeights: 'תרצו לציין גם עד כמה כל אחד מחמשת התחומים חשוב לכם?',
    weightsIntro: (points) => `חלקו ${points} נקודות בין חמשת התחומים לפי מידת החשיבות של כל אחד מהם עבורכם.`,
    weight: (dimension, left) => `${dimension} (נותרו ${left} נקודות)`,
    lastWeight: (dimension, left) => `${dimension}: ${left} הנקודות הנותרות`,
  },
};
