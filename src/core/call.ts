export type Outcome = 'answered' | 'abandoned';

/** One call as every format reader delivers it and the store keeps it (see design.md). */
export interface NormalisedCall {
  /** The source's call id, or a stable hash of the row when the source has none. */
  sourceKey: string;
  queue: string | null;
  agent: string | null;
  /** Phone number or account, as text: leading zeros and `+` intact. */
  customer: string | null;
  /** Unix seconds, UTC. */
  arrivalAt: number;
  answerAt: number | null;
  endAt: number | null;
  waitS: number | null;
  talkS: number | null;
  holdS: number | null;
  wrapS: number | null;
  outcome: Outcome;
  /** The source's own ending before mapping (e.g. EXITWITHTIMEOUT, NO ANSWER), kept for drill-down. */
  ending: string | null;
  resolved: 0 | 1 | null;
  /** 1–5. */
  csat: number | null;
}
