import { createRequire } from 'node:module';
import { UserError } from '../../errors.js';
import { TRUST_EVENTS, TRUST_EVENT_NAMES, type TrustSettingKey } from './trust-events.js';

export type CustomerSettings = {
  phone_region: string;
  trust_window_days: number;
  callback_window_h: number;
  loyal_active_months: number;
  loyal_of_months: number;
  lapsed_after_days: number;
  defect_after_days: number;
} & { [K in TrustSettingKey]: number };

/** What a customer setting is; settings.ts gives it the same shape as every other setting. */
export interface CustomerSettingSpec {
  describe: string;
  allowed: string;
  defaultValue(): string | number;
  parse(text: string): string | number;
  /** The per-customer projection depends on it: changing it rebuilds the projection. */
  shapesCustomers: boolean;
}

function wholeNumber(key: string, min: number): (text: string) => number {
  return (text) => {
    const value = Number(text.trim());
    if (text.trim() === '' || !Number.isInteger(value) || value < min) throw new UserError(`${key} must be a whole number >= ${min}, not "${text}"`);
    return value;
  };
}

function amount(key: string): (text: string) => number {
  return (text) => {
    const value = Number(text.trim());
    if (text.trim() === '' || !Number.isFinite(value)) throw new UserError(`${key} must be a number (negative debits the account), not "${text}"`);
    return value;
  };
}

// The settings are read by every command that opens a store, the phone library (about a hundred modules) only when a region is set.
const isSupportedCountry = (code: string): boolean => (createRequire(import.meta.url)('libphonenumber-js') as typeof import('libphonenumber-js')).isSupportedCountry(code);

function region(text: string): string {
  const value = text.trim().toUpperCase();
  if (value === '' || value === 'NONE') return '';
  if (!isSupportedCountry(value)) throw new UserError(`phone_region must be a two-letter country code such as IL, US or GB, not "${text}"`, 'none turns phone normalisation back to international (+) numbers only');
  return value;
}

export const CUSTOMER_SETTINGS: Record<keyof CustomerSettings, CustomerSettingSpec> = {
  phone_region: {
    describe: 'country whose national phone numbers are normalised to E.164 (changing it re-keys stored customers)',
    allowed: 'a country code (IL, US, GB …) or none',
    defaultValue: () => '',
    parse: region,
    shapesCustomers: true,
  },
  trust_window_days: {
    describe: 'days of history the trust balance and satisfaction look back over',
    allowed: 'whole days >= 1',
    defaultValue: () => 365,
    parse: wholeNumber('trust_window_days', 1),
    shapesCustomers: false,
  },
  callback_window_h: {
    describe: 'an abandoned call not answered within this many hours debits trust',
    allowed: 'whole hours >= 1',
    defaultValue: () => 24,
    parse: wholeNumber('callback_window_h', 1),
    shapesCustomers: true,
  },
  loyal_active_months: {
    describe: 'loyal: in contact in at least this many of the last loyal_of_months months',
    allowed: 'whole months >= 1',
    defaultValue: () => 3,
    parse: wholeNumber('loyal_active_months', 1),
    shapesCustomers: false,
  },
  loyal_of_months: {
    describe: 'the months, up to and including the current one, in which loyalty is counted',
    allowed: 'whole months >= 1',
    defaultValue: () => 6,
    parse: wholeNumber('loyal_of_months', 1),
    shapesCustomers: false,
  },
  lapsed_after_days: {
    describe: 'a customer not in contact for more than this many days is not loyal (lapsed)',
    allowed: 'whole days >= 31',
    defaultValue: () => 90,
    // At least a month, so that contact in the current month always means not lapsed.
    parse: wholeNumber('lapsed_after_days', 31),
    shapesCustomers: false,
  },
  defect_after_days: {
    describe: 'a bad experience followed by this many days of silence makes a silent defector',
    allowed: 'whole days >= 1',
    defaultValue: () => 30,
    parse: wholeNumber('defect_after_days', 1),
    shapesCustomers: false,
  },
  ...(Object.fromEntries(
    TRUST_EVENT_NAMES.map((event) => [
      `trust.${event}`,
      {
        describe: `trust amount: ${TRUST_EVENTS[event].describe}`,
        allowed: 'a number (negative debits)',
        defaultValue: () => TRUST_EVENTS[event].amount,
        parse: amount(`trust.${event}`),
        shapesCustomers: false,
      },
    ]),
  ) as Record<TrustSettingKey, CustomerSettingSpec>),
};
