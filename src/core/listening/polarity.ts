/** Whether a focus group's finding is something liked (a strength) or not (a weakness). */
export const POLARITIES = ['positive', 'negative'] as const;
export type Polarity = (typeof POLARITIES)[number];
