import { createRequire } from 'node:module';
import type { CountryCode, PhoneNumber } from 'libphonenumber-js';

/** Characters a phone number is written with; anything else makes the id an account or an address. */
const PHONE_LIKE = /^\+?[\d\s().\-/]+$/;
const CACHE_LIMIT = 200_000;

export interface CustomerKeyer {
  /** The one key a customer is stored and matched under; null for an empty id. */
  key(given: string | null | undefined): string | null;
  /** Phone-like ids that cannot be a number in the region, kept as given since the keyer was made. */
  readonly notNormalised: number;
}

// Every command that opens a store may key an id; the phone library (about a hundred modules) is loaded on the first phone number.
let phoneLibrary: typeof import('libphonenumber-js') | undefined;
function parsePhone(text: string, country: CountryCode | undefined): PhoneNumber | undefined {
  phoneLibrary ??= createRequire(import.meta.url)('libphonenumber-js') as typeof import('libphonenumber-js');
  return phoneLibrary.parsePhoneNumberFromString(text, country);
}

/** The key of an id that is not read as a phone number: trimmed, an e-mail address lower-cased. */
function plainKey(given: string): string | null {
  const trimmed = given.trim();
  if (trimmed === '') return null;
  return trimmed.includes('@') ? trimmed.toLowerCase() : trimmed;
}

/**
 * Phone numbers become E.164 (`+972541234567`): written nationally when a region is set, or
 * internationally with a leading `+` in any case. E-mail addresses are lower-cased; every other
 * id (an account number) is kept as given, trimmed. A phone-like id that cannot be a number of
 * the region keeps its own spelling and is counted.
 */
export function customerKeyer(region: string): CustomerKeyer {
  const country = region === '' ? undefined : (region as CountryCode);
  const cache = new Map<string, { key: string | null; impossible: boolean }>();
  let notNormalised = 0;
  const compute = (given: string): { key: string | null; impossible: boolean } => {
    const trimmed = given.trim();
    if (trimmed === '') return { key: null, impossible: false };
    if (trimmed.includes('@')) return { key: trimmed.toLowerCase(), impossible: false };
    if (!PHONE_LIKE.test(trimmed) || (country === undefined && !trimmed.startsWith('+'))) return { key: trimmed, impossible: false };
    const phone = parsePhone(trimmed, country);
    return phone?.isPossible() ? { key: phone.number, impossible: false } : { key: trimmed, impossible: true };
  };
  return {
    key(given) {
      if (given === null || given === undefined) return null;
      // Only a phone number's parse is worth remembering: the other ids cost less to key than to look up.
      if (country === undefined && !given.includes('+')) return plainKey(given);
      let found = cache.get(given);
      if (found === undefined) {
        found = compute(given);
        if (cache.size < CACHE_LIMIT) cache.set(given, found);
      }
      if (found.impossible) notNormalised++;
      return found.key;
    },
    get notNormalised() {
      return notNormalised;
    },
  };
}
