import { UserError } from '../errors.js';
import { LANGS, type Lang } from './survey/lang.js';
import { WEEKDAYS, type Weekday } from './time/calendar.js';
import { assertTimeZone, systemTimeZone } from './time/zone.js';
import { CUSTOMER_SETTINGS, type CustomerSettings } from './customers/customer-settings.js';

export type Settings = CustomerSettings & CallSettings;

interface CallSettings {
  timezone: string;
  week_start: Weekday;
  sl_threshold_s: number;
  short_abandon_s: number;
  repeat_window_h: number;
  complaint_recurring_days: number;
  stale_after_hours: number;
  language: 'auto' | Lang;
}

export type SettingKey = keyof Settings;

interface SettingSpec<K extends SettingKey> {
  describe: string;
  allowed: string;
  defaultValue(): Settings[K];
  parse(text: string): Settings[K];
  /** Call rollups depend on it: changing it rebuilds them. */
  shapesRollups: boolean;
  /** The per-customer projection depends on it: changing it rebuilds the projection. */
  shapesCustomers?: boolean;
}

function number(key: string, min: number, integer: boolean): (text: string) => number {
  return (text) => {
    const value = Number(text.trim());
    if (text.trim() === '' || !Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
      throw new UserError(`${key} must be ${integer ? 'a whole number' : 'a number'} ${min === 0 ? '>= 0' : `>= ${min}`}, not "${text}"`);
    }
    return value;
  };
}

export const SETTINGS: { [K in SettingKey]: SettingSpec<K> } = {
  timezone: {
    describe: 'IANA time zone in which days, weeks and hours are counted',
    allowed: 'an IANA name, e.g. Asia/Jerusalem, Europe/London, UTC',
    defaultValue: systemTimeZone,
    parse: assertTimeZone,
    shapesRollups: true,
  },
  week_start: {
    describe: 'first day of the week',
    allowed: WEEKDAYS.join(', '),
    defaultValue: () => 'monday',
    parse: (text) => {
      const value = text.trim().toLowerCase();
      if (!(WEEKDAYS as readonly string[]).includes(value)) {
        throw new UserError(`week_start must be one of ${WEEKDAYS.join(', ')}, not "${text}"`);
      }
      return value as Weekday;
    },
    shapesRollups: false,
  },
  sl_threshold_s: {
    describe: 'service-level threshold T: answered within T seconds counts as in service level',
    allowed: 'seconds >= 0',
    defaultValue: () => 20,
    parse: number('sl_threshold_s', 0, false),
    shapesRollups: true,
  },
  short_abandon_s: {
    describe: 'short-abandon threshold S: abandoned after waiting less than S seconds is not offered',
    allowed: 'seconds >= 0',
    defaultValue: () => 0,
    parse: number('short_abandon_s', 0, false),
    shapesRollups: true,
  },
  repeat_window_h: {
    describe: 'repeat window W: a customer calling again within W hours is a repeat contact',
    allowed: 'hours > 0',
    defaultValue: () => 168,
    parse: (text) => {
      const value = number('repeat_window_h', 0, false)(text);
      if (value === 0) throw new UserError('repeat_window_h must be > 0');
      return value;
    },
    shapesRollups: true,
  },
  complaint_recurring_days: {
    describe: 'a complaint recurs when the same customer complained in the same category within this many days',
    allowed: 'whole days >= 1',
    defaultValue: () => 30,
    parse: (text) => {
      const value = number('complaint_recurring_days', 1, true)(text);
      return value;
    },
    shapesRollups: false,
  },
  stale_after_hours: {
    describe: 'svc check and report --fail-on-breach need attention when the newest call is older than this many hours',
    allowed: 'hours > 0',
    defaultValue: () => 36,
    parse: (text) => {
      const value = number('stale_after_hours', 0, false)(text);
      if (value === 0) throw new UserError('stale_after_hours must be > 0');
      return value;
    },
    shapesRollups: false,
  },
  language: {
    describe: 'language of the interactive sessions and their summaries (auto: from LC_ALL, LC_MESSAGES or LANG); --lang overrides it',
    allowed: `auto, ${LANGS.join(', ')}`,
    defaultValue: () => 'auto',
    parse: (text) => {
      const value = text.trim().toLowerCase();
      if (value !== 'auto' && !(LANGS as readonly string[]).includes(value)) throw new UserError(`language must be auto, ${LANGS.join(' or ')}, not "${text}"`);
      return value as 'auto' | Lang;
    },
    shapesRollups: false,
  },
  ...(CUSTOMER_SETTINGS as unknown as { [K in keyof CustomerSettings]: SettingSpec<K> }),
};

export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

export function assertSettingKey(key: string): SettingKey {
  if (!(SETTING_KEYS as string[]).includes(key)) {
    throw new UserError(`unknown setting "${key}"`, `settings are: ${SETTING_KEYS.join(', ')}`);
  }
  return key as SettingKey;
}
