import type { Messages } from '../../../i18n/messages.js';
import type { Quadrant } from '../swot.js';

/** One thing the store shows about the period, and the SWOT item it suggests, if any. */
export interface Evidence {
  /** Stable across reviews (e.g. target-service_level, servqual-reliability): a proposal's key. */
  key: string;
  source: 'targets' | 'calls' | 'complaints' | 'commitments' | 'surveys' | 'listening' | 'customers';
  /** What the store shows, in one line. */
  finding: string;
  proposal?: Proposal;
  /** How far a KPI is from its target or norm, relative to it (0.5 = half as far again): the furthest is proposed first. */
  distance?: number;
}

export interface Proposal {
  quadrant: Quadrant;
  text: string;
  importance: number;
  likelihood: number | null;
}

/** What every source reads: the review's period as instants, the one before it, and now. */
export interface EvidenceWindow {
  from: number;
  to: number;
  previousFrom: number;
  previousTo: number;
  /** Unix seconds, UTC. */
  now: number;
  /** The review's language, without bidi isolates: findings and proposals are stored as worded. */
  words: Messages;
}

/** Turns a name (a complaint category, a dimension) into a key part that a dotted answers-file path can hold. */
export function keyPart(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'x';
}
