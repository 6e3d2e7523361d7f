import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../../src/core/parse/duration.js';

describe('parseDuration', () => {
  it('reads plain seconds, with decimals', () => {
    expect(parseDuration('123')).toBe(123);
    expect(parseDuration(' 95.5 ')).toBe(95.5);
    expect(parseDuration('.5')).toBe(0.5);
    expect(parseDuration('+7')).toBe(7);
    expect(parseDuration('0')).toBe(0);
    expect(parseDuration('1e3')).toBe(1000);
  });

  it('reads MM:SS and H:MM:SS', () => {
    expect(parseDuration('02:00')).toBe(120);
    expect(parseDuration('00:03:20')).toBe(3 * 60 + 20);
    expect(parseDuration('1:02:03')).toBe(3600 + 2 * 60 + 3);
    expect(parseDuration('0:04:02')).toBe(4 * 60 + 2);
    expect(parseDuration('23:59:59')).toBe(24 * 3600 - 1);
    expect(parseDuration('90:00')).toBe(90 * 60);
    expect(parseDuration('1:05.5')).toBe(65.5);
  });

  it('gives null for nothing', () => {
    expect(parseDuration('')).toBeNull();
    expect(parseDuration('   ')).toBeNull();
    expect(parseDuration(undefined)).toBeNull();
  });

  it('refuses negative durations', () => {
    expect(() => parseDuration('-5')).toThrow('"-5" is negative');
    expect(() => parseDuration('-0:30')).toThrow('"-0:30" is negative');
  });

  it('refuses out-of-range clock parts and text', () => {
    expect(() => parseDuration('1:75:00')).toThrow('"1:75:00" is not a duration (minutes over 59)');
    expect(() => parseDuration('3:60')).toThrow('"3:60" is not a duration (seconds over 59)');
    expect(() => parseDuration('lots')).toThrow('"lots" is not a duration (seconds or [H:]MM:SS)');
    expect(() => parseDuration('0x10')).toThrow('is not a duration');
    expect(() => parseDuration('Infinity')).toThrow('is not a duration');
    expect(() => parseDuration('1,5')).toThrow('is not a duration');
    expect(() => parseDuration('12 s')).toThrow('is not a duration');
  });
});
