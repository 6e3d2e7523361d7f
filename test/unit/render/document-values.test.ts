import { describe, expect, it } from 'vitest';
import { escapeControls, neutraliseFormula } from '../../../src/io/render/document/sanitize.js';
import { clock, dataValue, humanValue, judgement, sparkline } from '../../../src/io/render/document/values.js';

describe('neutraliseFormula (OWASP: = + - @ tab CR)', () => {
  it('puts an apostrophe before anything a spreadsheet would run', () => {
    expect(neutraliseFormula('=HYPERLINK("http://evil","click")')).toBe(`'=HYPERLINK("http://evil","click")`);
    expect(neutraliseFormula('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(neutraliseFormula('+cmd|/c calc!A1')).toBe("'+cmd|/c calc!A1");
    expect(neutraliseFormula('-2+3')).toBe("'-2+3");
    expect(neutraliseFormula('\t=1')).toBe("'\t=1");
    expect(neutraliseFormula('\r=1')).toBe("'\r=1");
  });

  it('leaves plain numbers and ordinary text alone', () => {
    expect(neutraliseFormula('+972541234567')).toBe('+972541234567');
    expect(neutraliseFormula('-0.05')).toBe('-0.05');
    expect(neutraliseFormula('1e-3')).toBe('1e-3');
    expect(neutraliseFormula('Charged twice = angry')).toBe('Charged twice = angry');
  });
});

describe('escapeControls', () => {
  it('shows terminal escapes and other controls as \\xNN, keeping line breaks and tabs', () => {
    expect(escapeControls('\u001b[2Jcleared')).toBe('\\x1b[2Jcleared');
    expect(escapeControls('\u001b]0;title\u0007')).toBe('\\x1b]0;title\\x07');
    expect(escapeControls('C1 \u009b31m')).toBe('C1 \\x9b31m');
    expect(escapeControls('a\nb\tc\u007f')).toBe('a\nb\tc\\x7f');
    expect(escapeControls('שלום, 5:24')).toBe('שלום, 5:24');
  });
});

describe('values for people and for data', () => {
  it('durations as m:ss, or h:mm:ss from an hour', () => {
    // 324 s = 5 × 60 + 24; 3723 s = 1 h 2 min 3 s; 59.6 s rounds to a minute.
    expect(clock(324)).toBe('5:24');
    expect(clock(3723)).toBe('1:02:03');
    expect(clock(59.6)).toBe('1:00');
    expect(clock(-6)).toBe('-0:06');
    expect(humanValue({ type: 'duration' }, 20.8)).toBe('0:21');
  });

  it('rates as percentages with one decimal, changes in points, a missing number as -', () => {
    expect(humanValue({ type: 'rate' }, 4 / 7)).toBe('57.1%');
    expect(humanValue({ type: 'change', of: 'rate' }, -0.6)).toBe('-60.0 pp');
    expect(humanValue({ type: 'change', of: 'count' }, 9)).toBe('+9');
    expect(humanValue({ type: 'change', of: 'rate' }, 0.00001)).toBe('0.0 pp');
    expect(humanValue({ type: 'rate' }, null)).toBe('-');
    expect(humanValue({ type: 'text' }, null)).toBe('');
  });

  it('data keeps numbers, without binary float noise', () => {
    expect(dataValue(24.200000000000003)).toBe(24.2);
    expect(dataValue(0.1 + 0.2)).toBe(0.3);
    expect(dataValue(125 / 6)).toBe(20.8333333333);
    expect(dataValue(Infinity)).toBe(null);
  });

  it('better or worse by the direction of the KPI', () => {
    expect(judgement({ type: 'change', direction: 'up' }, 0.1)).toBe('better');
    expect(judgement({ type: 'change', direction: 'down' }, 0.1)).toBe('worse');
    expect(judgement({ type: 'change', direction: 'down' }, -3)).toBe('better');
    expect(judgement({ type: 'change', direction: 'none' }, 5)).toBe(null);
    expect(judgement({ type: 'change', direction: 'up' }, 1e-15)).toBe(null);
  });

  it('sparklines scale each series to its own range; a period without data is a dot', () => {
    // 1, 2, 3 → 0, ½, 1 of the range → bars 0, 3.5 → 4, 7 of ▁▂▃▄▅▆▇█.
    expect(sparkline([1, 2, 3])).toBe('▁▅█');
    expect(sparkline([null, 5, 5])).toBe('·▄▄');
    expect(sparkline([null, null])).toBe('');
  });
});
