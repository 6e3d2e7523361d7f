import { describe, expect, it } from 'vitest';
import { customerKeyer } from '../../../src/core/customers/customer-key.js';

// Each row: region, as written, the E.164 key (worked out from the national numbering plans:
// IL trunk 0 + 9 digits, NANP 1 + 10 digits, UK trunk 0 + 10 digits).
const TABLE: [string, string, string][] = [
  ['IL', '054-123-4567', '+972541234567'],
  ['IL', '0541234567', '+972541234567'],
  ['IL', '+972 54-123-4567', '+972541234567'],
  ['IL', '972541234567', '+972541234567'],
  ['IL', ' (054) 123 4567 ', '+972541234567'],
  ['IL', '03-1234567', '+97231234567'],
  ['US', '(201) 555-0123', '+12015550123'],
  ['US', '201.555.0123', '+12015550123'],
  ['US', '1 201 555 0123', '+12015550123'],
  ['US', '+1-201-555-0123', '+12015550123'],
  ['GB', '020 7946 0018', '+442079460018'],
  ['GB', '07700 900123', '+447700900123'],
  ['GB', '+44 7700 900123', '+447700900123'],
  ['GB', '447700900123', '+447700900123'],
];

describe('customer keys', () => {
  it.each(TABLE)('%s: "%s" is %s', (region, given, key) => {
    expect(customerKeyer(region).key(given)).toBe(key);
  });

  it('makes the four spellings of one Israeli number one customer', () => {
    const keyer = customerKeyer('IL');
    const keys = new Set(['054-123-4567', '0541234567', '+972 54-123-4567', '972541234567'].map((id) => keyer.key(id)));
    expect([...keys]).toEqual(['+972541234567']);
  });

  it('without a region, normalises only numbers written with +', () => {
    const keyer = customerKeyer('');
    expect(keyer.key('+972 54-123-4567')).toBe('+972541234567');
    expect(keyer.key(' 0541234567 ')).toBe('0541234567');
    expect(keyer.notNormalised).toBe(0);
  });

  it('keeps accounts trimmed, lower-cases e-mail addresses, and empties to null', () => {
    const keyer = customerKeyer('IL');
    expect(keyer.key('  ACC-00017 ')).toBe('ACC-00017');
    expect(keyer.key(' Dana.Levi@Example.COM ')).toBe('dana.levi@example.com');
    expect(keyer.key('   ')).toBeNull();
    expect(keyer.key(null)).toBeNull();
  });

  it('keeps a number impossible in the region as given (trimmed) and counts each one, cached or not', () => {
    const keyer = customerKeyer('US');
    expect(keyer.key(' 555-0123 ')).toBe('555-0123');
    expect(keyer.key(' 555-0123 ')).toBe('555-0123');
    expect(keyer.key('12')).toBe('12');
    expect(keyer.key('(201) 555-0123')).toBe('+12015550123');
    expect(keyer.notNormalised).toBe(3);
  });
});
