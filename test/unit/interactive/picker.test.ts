import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { fitWidth, windowStart } from '../../../src/interactive/picker.js';

describe('the picker', () => {
  it('cuts an entry to the width of the terminal, so that no entry wraps onto a second line', () => {
    expect(fitWidth('SO S1 × O1 (9.6): Friendly agents / Customers ask for chat', 20)).toBe('SO S1 × O1 (9.6): F…');
    expect(stringWidth(fitWidth('SO S1 × O1 (9.6): Friendly agents / Customers ask for chat', 20))).toBe(20);
    expect(fitWidth('short', 20)).toBe('short');
    // Hebrew letters take one column; wide characters two: 6 of them need 12, so in 11 columns 5 and the ellipsis.
    expect(fitWidth('שירותשירות', 8)).toBe('שירותשי…');
    expect(fitWidth('日本語日本語', 12)).toBe('日本語日本語');
    expect(fitWidth('日本語日本語', 11)).toBe('日本語日本…');
  });

  it('keeps the chosen entry in view, with the entries above and below it counted', () => {
    // 44 entries, 10 shown: the window follows the active entry and never runs past either end.
    expect(windowStart(0, 44, 10)).toBe(0);
    expect(windowStart(12, 44, 10)).toBe(7);
    expect(windowStart(43, 44, 10)).toBe(34);
    expect(windowStart(3, 5, 10)).toBe(0);
  });
});
