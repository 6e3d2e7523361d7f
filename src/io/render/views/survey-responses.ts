import type { SurveyResponseRow } from '../../../core/survey/responses.js';
import type { Zone } from '../../../core/time/zone.js';
import type { MessageKey, Messages } from '../../../i18n/messages.js';
import type { Column, Document } from '../document/model.js';
import { localIso, localTime } from '../instant.js';

const KEYS = ['id', 'responded_at', 'instrument', 'customer', 'call', 'score', 'band', 'comment', 'followed_up'] as const;
const TYPES: Partial<Record<(typeof KEYS)[number], Column['type']>> = { id: 'count', score: 'count' };

/**
 * Survey answers, one a row: people read headers, times and bands in their language; csv and
 * json keep the keys, local ISO instants and the band's key.
 */
export function surveyResponsesView(responses: readonly SurveyResponseRow[], zone: Zone, words: Messages, empty: MessageKey): Document {
  const column = (people: boolean) => (key: (typeof KEYS)[number]): Column => ({ key, label: people ? words.t(`survey.responses.${key}`) : key, type: TYPES[key] ?? 'text' });
  const row = (people: boolean) => (response: SurveyResponseRow) => ({
    id: response.id,
    responded_at: people ? localTime(response.respondedAt, zone) : localIso(response.respondedAt, zone),
    instrument: response.instrument,
    customer: response.customer,
    call: response.callKey,
    score: response.score,
    band: response.band === null ? null : people ? words.t(`survey.band.${response.band}`) : response.band,
    comment: response.comment,
    followed_up: response.followupCommitment,
  });
  const text = words.t(empty);
  return {
    title: '',
    lang: words.lang,
    blocks: [
      { kind: 'table', key: 'responses', audience: 'people', columns: KEYS.map(column(true)), rows: responses.map(row(true)), empty: text },
      { kind: 'table', key: 'responses', audience: 'data', columns: KEYS.map(column(false)), rows: responses.map(row(false)), empty: text },
    ],
  };
}
