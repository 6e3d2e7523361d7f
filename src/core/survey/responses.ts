import { listResponses, type ListedResponse } from '../../db/surveys.js';
import type { Store } from '../../db/open.js';
import type { Window } from '../ledger/window.js';
import { allInstruments } from './find.js';
import { npsBand } from './nps.js';
import { NPS_BANDS, type NpsBand } from './nps-band.js';

export { NPS_BANDS, type NpsBand };

export interface SurveyResponseRow extends ListedResponse {
  /** The NPS band of an NPS answer; null for other instruments. */
  band: NpsBand | null;
}

export interface ResponseFilter {
  /** Any time when undefined. */
  window?: Window;
  instrument?: string;
  /** Only responses with a comment. */
  comments?: boolean;
  /** Only NPS answers in this band. */
  band?: NpsBand;
}

/** Stored responses, newest first, with their comment and, for NPS, the band of the score. */
export function surveyResponses(db: Store, filter: ResponseFilter): SurveyResponseRow[] {
  const kinds = new Map(allInstruments(db).map((instrument) => [instrument.id, instrument.kind]));
  return listResponses(db, { fromAt: filter.window?.from ?? null, toAt: filter.window?.to ?? null, instrument: filter.instrument, comments: filter.comments })
    .map((response) => ({ ...response, band: kinds.get(response.instrument) === 'nps' && response.score !== null ? npsBand(response.score) : null }))
    .filter((response) => filter.band === undefined || response.band === filter.band);
}
