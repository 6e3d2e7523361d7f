import type { Instrument, Item, Scale } from './instrument.js';
import type { LocalText } from './lang.js';
import { SERVQUAL } from './servqual.js';

function singleItem(id: 'csat' | 'nps' | 'ces', title: LocalText, text: LocalText, scale: Scale): Instrument {
  const item: Item = { id, text, scale, reverse: false, optional: false };
  return { id, kind: id, title, dimensions: [], items: [item], builtin: true };
}

export const CSAT = singleItem(
  'csat',
  { en: 'Customer satisfaction (CSAT, 1–5)', he: 'שביעות רצון לקוחות (CSAT,‏ 1–5)' },
  { en: 'How satisfied are you with the service you received?', he: 'מה מידת שביעות רצונך מהשירות שקיבלת?' },
  { min: 1, max: 5, low: { en: 'very dissatisfied', he: 'לא מרוצה כלל' }, high: { en: 'very satisfied', he: 'מרוצה מאוד' } },
);

export const NPS = singleItem(
  'nps',
  { en: 'Net Promoter Score (NPS, 0–10)', he: 'מדד הממליצים נטו (NPS,‏ 0–10)' },
  { en: 'How likely are you to recommend us to a friend or colleague?', he: 'מה הסיכוי שתמליצו עלינו לחבר או לעמית?' },
  { min: 0, max: 10, low: { en: 'not at all likely', he: 'בכלל לא סביר' }, high: { en: 'extremely likely', he: 'סביר מאוד' } },
);

export const CES = singleItem(
  'ces',
  { en: 'Customer effort score (CES, 1–7)', he: 'מדד מאמץ הלקוח (CES,‏ 1–7)' },
  { en: 'The organisation made it easy for me to handle my issue.', he: 'הארגון הקל עליי לטפל בעניין שלי.' },
  { min: 1, max: 7, low: { en: 'strongly disagree', he: 'לא מסכים/ה בכלל' }, high: { en: 'strongly agree', he: 'מסכים/ה מאוד' } },
);

export const BUILTIN_INSTRUMENTS: readonly Instrument[] = [CSAT, NPS, CES, SERVQUAL];

export function builtinInstrument(id: string): Instrument | undefined {
  return BUILTIN_INSTRUMENTS.find((instrument) => instrument.id === id);
}
