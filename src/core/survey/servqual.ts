import type { Dimension, Instrument, Item, Scale } from './instrument.js';
import type { LocalText } from './lang.js';

/**
 * SERVQUAL (Parasuraman, Zeithaml and Berry, 1988): 22 statements in five dimensions, each
 * rated once as an expectation of an excellent organisation of the kind and once as a
 * perception of this one, on a 1–7 agreement scale. The wording here is this project's own.
 * Every statement is a predicate completed by the lead-in of its part (see SERVQUAL_PARTS).
 */
export const SERVQUAL_SCALE: Scale = {
  min: 1,
  max: 7,
  low: { en: 'strongly disagree', he: 'לא מסכים/ה בכלל' },
  high: { en: 'strongly agree', he: 'מסכים/ה מאוד' },
};

export const SERVQUAL_DIMENSIONS: Dimension[] = [
  { id: 'tangibles', title: { en: 'Tangibles: how facilities, equipment, staff and materials look', he: 'מוחשיות: מראה המתקנים, הציוד, הצוות והחומרים' } },
  { id: 'reliability', title: { en: 'Reliability: doing the promised service dependably and accurately', he: 'אמינות: ביצוע השירות שהובטח באופן מהימן ומדויק' } },
  { id: 'responsiveness', title: { en: 'Responsiveness: willingness to help and prompt service', he: 'היענות: נכונות לעזור ושירות מהיר' } },
  { id: 'assurance', title: { en: 'Assurance: knowledge and courtesy of staff that inspire trust', he: 'ביטחון: ידע ואדיבות של הצוות שמעוררים אמון' } },
  { id: 'empathy', title: { en: 'Empathy: caring, individual attention', he: 'אמפתיה: אכפתיות ויחס אישי' } },
];

const STATEMENTS: [id: string, dimension: string, en: string, he: string][] = [
  ['tan1', 'tangibles', 'uses modern, up-to-date equipment', 'משתמש בציוד מודרני ועדכני'],
  ['tan2', 'tangibles', 'has offices and service points that look inviting', 'מחזיק משרדים ונקודות שירות שנראים מזמינים'],
  ['tan3', 'tangibles', 'has staff who look neat and professional', 'מעסיק אנשי צוות שנראים מסודרים ומקצועיים'],
  ['tan4', 'tangibles', 'provides clear, well-presented materials such as letters, bills and web pages', 'מספק חומרים ברורים ומעוצבים היטב, כמו מכתבים, חשבונות ודפי אינטרנט'],
  ['rel1', 'reliability', 'keeps the promises it makes to customers', 'מקיים את ההבטחות שהוא נותן ללקוחות'],
  ['rel2', 'reliability', "shows a sincere interest in solving a customer's problem", 'מגלה עניין כן בפתרון הבעיה של הלקוח'],
  ['rel3', 'reliability', 'gets the service right the first time', 'מבצע את השירות נכון כבר בפעם הראשונה'],
  ['rel4', 'reliability', 'provides its services at the time it says it will', 'מספק את שירותיו במועד שהוא אומר שיספק אותם'],
  ['rel5', 'reliability', 'keeps accurate records, free of errors', 'מנהל רישומים מדויקים וללא טעויות'],
  ['res1', 'responsiveness', 'tells customers exactly when a service will be carried out', 'אומר ללקוחות בדיוק מתי השירות יבוצע'],
  ['res2', 'responsiveness', 'gives customers prompt service', 'נותן ללקוחות שירות מהיר'],
  ['res3', 'responsiveness', 'has staff who are always willing to help', 'מעסיק אנשי צוות שתמיד מוכנים לעזור'],
  ['res4', 'responsiveness', "has staff who are never too busy to respond to a customer's request", 'מעסיק אנשי צוות שאף פעם אינם עסוקים מכדי להיענות לבקשת לקוח'],
  ['ass1', 'assurance', 'has staff whose conduct inspires confidence', 'מעסיק אנשי צוות שהתנהלותם מעוררת אמון'],
  ['ass2', 'assurance', 'makes customers feel safe in their dealings with it', 'גורם ללקוחות להרגיש בטוחים בהתנהלות מולו'],
  ['ass3', 'assurance', 'has staff who are courteous every time', 'מעסיק אנשי צוות אדיבים בכל פעם'],
  ['ass4', 'assurance', "has staff with the knowledge to answer customers' questions", 'מעסיק אנשי צוות בעלי ידע לענות על שאלות הלקוחות'],
  ['emp1', 'empathy', 'gives each customer individual attention', 'מעניק לכל לקוח תשומת לב אישית'],
  ['emp2', 'empathy', 'keeps opening hours that suit all its customers', 'פתוח בשעות שנוחות לכל לקוחותיו'],
  ['emp3', 'empathy', 'has staff who give customers personal care', 'מעסיק אנשי צוות שמעניקים ללקוחות יחס אישי'],
  ['emp4', 'empathy', "has its customers' best interests at heart", 'שם את טובת הלקוחות בראש מעייניו'],
  ['emp5', 'empathy', 'has staff who understand the specific needs of their customers', 'מעסיק אנשי צוות שמבינים את הצרכים המיוחדים של הלקוחות'],
];

export type ServqualPart = 'E' | 'P';

/** The two passes over the statements, and the lead-in that completes each statement. */
export const SERVQUAL_PARTS: Record<ServqualPart, { intro: LocalText; lead: LocalText; answers: string }> = {
  E: {
    intro: {
      en: 'Part 1 of 2 — expectations. Think of an excellent organisation of this kind. How far do you agree with each statement?',
      he: 'חלק 1 מתוך 2 — ציפיות. חשבו על ארגון מצוין מסוג זה. באיזו מידה אתם מסכימים עם כל היגד?',
    },
    lead: { en: 'An excellent organisation of this kind', he: 'ארגון מצוין מסוג זה' },
    answers: 'expectations',
  },
  P: {
    intro: {
      en: 'Part 2 of 2 — perceptions. Now think of this organisation. How far do you agree with each statement?',
      he: 'חלק 2 מתוך 2 — תפיסות. עכשיו חשבו על הארגון הזה. באיזו מידה אתם מסכימים עם כל היגד?',
    },
    lead: { en: 'This organisation', he: 'הארגון הזה' },
    answers: 'perceptions',
  },
};

/** Points out of 100 shared among the five dimensions by how much each matters to the respondent. */
export const SERVQUAL_WEIGHT_POINTS = 100;

/** Stored answer keys: 'E:rel1', 'P:rel1', and 'W:reliability' for an importance weight. */
export const servqualKey = (part: ServqualPart | 'W', id: string): string => `${part}:${id}`;

const items: Item[] = STATEMENTS.map(([id, dimension, en, he]) => ({ id, dimension, text: { en, he }, scale: SERVQUAL_SCALE, reverse: false, optional: false }));

export const SERVQUAL: Instrument = {
  id: 'servqual',
  kind: 'servqual',
  title: { en: 'SERVQUAL: expectations and perceptions of service quality (1–7)', he: 'SERVQUAL: ציפיות ותפיסות של איכות השירות (1–7)' },
  dimensions: SERVQUAL_DIMENSIONS,
  items,
  builtin: true,
};
