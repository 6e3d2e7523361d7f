import { describe, expect, it } from 'vitest';
import { closeIsolatesPerLine } from '../../../src/i18n/isolates.js';
import { fitCell, wrapWords } from '../../../src/io/render/document/wrap.js';
import { fitWidth } from '../../../src/interactive/picker.js';
import { wrapLines } from '../../../src/interactive/wrap-lines.js';

const FSI = '\u2068';
const LRI = '\u2066';
const PDI = '\u2069';

/** The code points of each line, so a missing or extra isolate shows as a number. */
const points = (lines: string[]) => lines.map((line) => [...line].map((char) => char.codePointAt(0)!.toString(16)));

describe('wrapping text that holds bidi isolates', () => {
  it('closes an isolate at the end of the line it is cut on and reopens it on the next', () => {
    // "נציג FSI dana and sons PDI ענה" at 14 columns: "נציג dana and" is 13 columns, so the
    // break falls inside the isolate, after "and".
    const lines = wrapWords(`נציג ${FSI}dana and sons${PDI} ענה`, 14);
    expect(lines).toEqual([`נציג ${FSI}dana and${PDI}`, `${FSI}sons${PDI} ענה`]);
    expect(points(lines)).toEqual([
      ['5e0', '5e6', '5d9', '5d2', '20', '2068', '64', '61', '6e', '61', '20', '61', '6e', '64', '2069'],
      ['2068', '73', '6f', '6e', '73', '2069', '20', '5e2', '5e0', '5d4'],
    ]);
  });

  it('carries nested isolates across several lines, innermost closed first', () => {
    const lines = closeIsolatesPerLine([`a ${FSI}b ${LRI}c`, 'd', `e${PDI} f${PDI} g`]);
    expect(lines).toEqual([`a ${FSI}b ${LRI}c${PDI}${PDI}`, `${FSI}${LRI}d${PDI}${PDI}`, `${FSI}${LRI}e${PDI} f${PDI} g`]);
  });

  it('leaves lines whose isolates close on them as they are', () => {
    const text = `${FSI}12${PDI} מתוך ${FSI}44${PDI}`;
    expect(wrapWords(text, 80)).toEqual([text]);
    expect(wrapWords(`${FSI}12${PDI} מתוך ${FSI}44${PDI}`, 3)).toEqual([`${FSI}12${PDI}`, 'מתוך', `${FSI}44${PDI}`]);
  });

  it('closes an isolate a cell cut with an ellipsis leaves open', () => {
    // "FSI abcdefghij PDI" in 5 columns: four characters kept (the FSI and "abc"), then PDI and the ellipsis.
    expect(fitCell(`${FSI}abcdefghij${PDI}`, 5)).toEqual([`${FSI}abc${PDI}…`]);
  });

  it('closes an isolate a picker entry cut to the terminal width leaves open', () => {
    // 9 columns as the prompt library counts them (an isolate is one): "שמור ", FSI, "W1" and the ellipsis.
    expect(points([fitWidth(`שמור ${FSI}W1 late${PDI}`, 9)])).toEqual([['5e9', '5de', '5d5', '5e8', '20', '2068', '57', '31', '2069', '2026']]);
  });
});

describe('what a session says', () => {
  it('wraps at words to the width, each line under its own indent, isolates closed and reopened', () => {
    // 20 columns: "  - " leaves 16 for the text. "קבוצת מיקוד על" is 14 columns, "Phone" would make 20;
    // "Phone menu and" is 14, "billing" would make 22: the isolate is broken there.
    expect(wrapLines(`מה שהמאגר מראה:\n  - קבוצת מיקוד על ${FSI}Phone menu and billing${PDI}`, 20).split('\n')).toEqual([
      'מה שהמאגר מראה:',
      '  - קבוצת מיקוד על',
      `    ${FSI}Phone menu and${PDI}`,
      `    ${FSI}billing${PDI}`,
    ]);
  });
});
