import type { SurveyResponseRow } from '../../core/survey/responses.js';
import type { Zone } from '../../core/time/zone.js';
import type { Format } from '../../io/render/index.js';
import { localIso, localTime } from '../../io/render/instant.js';

const COLUMNS = ['id', 'responded_at', 'instrument', 'customer', 'call', 'score', 'band', 'comment', 'followed_up'];

/** Survey answers as rows: local times for people, ISO instants for scripts. */
export function responseRows(responses: readonly SurveyResponseRow[], zone: Zone, format: Format) {
  const forPeople = format === 'table' || format === 'md';
  return {
    columns: COLUMNS.map((key) => ({ key, header: key === 'followed_up' ? 'followed up (commitment)' : key.replace('_', ' '), align: key === 'id' || key === 'score' ? ('right' as const) : undefined })),
    rows: responses.map((response) => ({
      id: response.id,
      responded_at: forPeople ? localTime(response.respondedAt, zone) : localIso(response.respondedAt, zone),
      instrument: response.instrument,
      customer: response.customer,
      call: response.callKey,
      score: response.score,
      band: response.band,
      comment: response.comment,
      followed_up: response.followupCommitment,
    })),
  };
}

