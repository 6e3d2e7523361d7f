import type { Confirmation } from './confirmation.js';

/** `timezone is now Asia/Jerusalem`. */
export function settingChanged(key: string, value: string | number): Confirmation {
  return { text: `${key} is now ${value}`, id: null, json: { key, value } };
}

/** `Target set: service_level >= 80.0%`: the target as reports will judge it. */
export function targetSet(kpi: string, shown: string, json: Record<string, unknown>): Confirmation {
  return { text: `Target set: ${kpi} ${shown}`, id: null, json: { kpi, ...json } };
}

export function targetRemoved(kpi: string): Confirmation {
  return { text: `Target removed: ${kpi}`, id: null, json: { kpi, removed: true } };
}
