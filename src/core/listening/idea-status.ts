/** Where an employee's idea stands. */
export const IDEA_STATUSES = ['proposed', 'adopted', 'declined'] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];
