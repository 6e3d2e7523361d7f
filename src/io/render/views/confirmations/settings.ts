import type { Messages } from '../../../../i18n/messages.js';
import type { Confirmation } from './confirmation.js';

/** `timezone is now Asia/Jerusalem`. */
export function settingChanged(key: string, value: string | number, words: Messages): Confirmation {
  return { text: words.t('confirm.setting.changed', { key, value }), id: null, json: { key, value } };
}

/** `Target set: service_level >= 80.0%`: the target as reports will judge it. */
export function targetSet(kpi: string, shown: string, json: Record<string, unknown>, words: Messages): Confirmation {
  return { text: words.t('confirm.target.set', { kpi, target: shown }), id: null, json: { kpi, ...json } };
}

export function targetRemoved(kpi: string, words: Messages): Confirmation {
  return { text: words.t('confirm.target.removed', { kpi }), id: null, json: { kpi, removed: true } };
}
