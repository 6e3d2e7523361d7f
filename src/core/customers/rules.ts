import type { Settings } from '../settings.js';
import { TRUST_EVENT_NAMES, type TrustEvent } from './trust-events.js';

/** The rules in force, read once from the settings. */
export interface CustomerRules {
  windowS: number;
  callbackS: number;
  loyalActiveMonths: number;
  loyalOfMonths: number;
  lapsedAfterS: number;
  defectAfterS: number;
  amounts: Record<TrustEvent, number>;
}

export function customerRules(settings: Settings): CustomerRules {
  return {
    windowS: settings.trust_window_days * 86400,
    callbackS: settings.callback_window_h * 3600,
    loyalActiveMonths: settings.loyal_active_months,
    loyalOfMonths: settings.loyal_of_months,
    lapsedAfterS: settings.lapsed_after_days * 86400,
    defectAfterS: settings.defect_after_days * 86400,
    amounts: Object.fromEntries(TRUST_EVENT_NAMES.map((event) => [event, settings[`trust.${event}`]])) as Record<TrustEvent, number>,
  };
}
