import type { Messages } from '../../../i18n/messages.js';
import type { Tabular } from '../tabular.js';

const KEYS = ['id', 'created_at', 'title', 'from', 'to', 'strengths', 'weaknesses', 'opportunities', 'threats', 'strategies'] as const;
const COUNTS: readonly string[] = ['id', 'strengths', 'weaknesses', 'opportunities', 'threats', 'strategies'];

/** The reviews with their counts: headers in the chosen language for a person; CSV and JSON keep the keys. */
export function swotListView(rows: Tabular['rows'], words: Messages, people: boolean): Tabular {
  const english = (key: string) => (key === 'created_at' ? 'made' : key);
  return {
    columns: KEYS.map((key) => ({ key, header: people ? words.t(`swot.list.${key}`) : english(key), align: COUNTS.includes(key) ? ('right' as const) : undefined })),
    rows,
    empty: words.t('swot.list.empty'),
  };
}
