import { UserError } from '../../errors.js';

/** How far below the agents needed the agents seen may fall before svc check reports it. */
export type StaffingMargin = { agents: number } | { share: number };

export const DEFAULT_STAFFING_MARGIN = '10%';

/** `2` (agents) or `10%` (of the agents needed). */
export function parseStaffingMargin(text: string): StaffingMargin {
  const match = /^\s*(\d+(?:\.\d*)?)\s*(%?)\s*$/.exec(text);
  if (!match) throw new UserError(`--staffing-margin ${text} is neither a number of agents nor a percent`, 'for example --staffing-margin 2 or --staffing-margin 10%');
  return match[2] === '%' ? { share: Number(match[1]) / 100 } : { agents: Number(match[1]) };
}

/** True when the interval fell short of the agents needed by more than the margin. */
export function beyondMargin(needed: number, seen: number, margin: StaffingMargin): boolean {
  const allowed = 'agents' in margin ? margin.agents : margin.share * needed;
  return needed - seen > allowed;
}
