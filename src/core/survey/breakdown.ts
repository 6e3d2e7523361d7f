/** What a survey report can be broken down by. */
export const SURVEY_BREAKDOWNS = ['month', 'agent', 'queue'] as const;
export type SurveyBreakdown = (typeof SURVEY_BREAKDOWNS)[number];
