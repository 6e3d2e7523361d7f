/** What a CSAT (1–5) or NPS (0–10) answer says of the customer's satisfaction; other instruments say nothing here. */
export function surveySignal(instrument: string, value: number | null): 'survey_satisfied' | 'survey_dissatisfied' | undefined {
  if (value === null) return undefined;
  if (instrument === 'csat') return value >= 4 ? 'survey_satisfied' : value <= 2 ? 'survey_dissatisfied' : undefined;
  if (instrument === 'nps') return value >= 9 ? 'survey_satisfied' : value <= 6 ? 'survey_dissatisfied' : undefined;
  return undefined;
}
