import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../../src/io/render/document/wrap.js';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));

describe('the columns a text takes', () => {
  it('counts printable ASCII and the dashes, quotes and ellipsis of General Punctuation as string-width does, one each', () => {
    for (const char of [...range(0x20, 0x7e), ...range(0x2010, 0x2027)]) {
      expect(displayWidth(char), `U+${char.codePointAt(0)!.toString(16)}`).toBe(stringWidth(char));
    }
    // By hand: "CSAT 4", an en dash, "5 share": 6 + 1 + 7 columns.
    expect(displayWidth('CSAT 4–5 share')).toBe(14);
    expect(displayWidth('“Quoted” … — ok')).toBe(15);
  });

  it('leaves the rest to string-width: wide characters two columns, bidi controls and emoji as it measures them', () => {
    // Two CJK characters, two columns each; an emoji next to a dash, two and one.
    expect(displayWidth('日本')).toBe(4);
    expect(displayWidth('–😀')).toBe(3);
    // A bidi isolate around a Hebrew word takes no column: four letters, four columns.
    expect(displayWidth('\u2068שלום\u2069')).toBe(4);
  });
});
