import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { guessEncoding } from '../../../src/io/input.js';

describe('guessEncoding', () => {
  it('recognises Hebrew words in a legacy single-byte encoding', () => {
    expect(guessEncoding(iconv.encode('מזהה שיחה,תאריך,נציג\n101,03/11/2026,דנה כהן\n', 'windows-1255'))).toBe('windows-1255');
    expect(guessEncoding(iconv.encode('id,agent\n1,עומר לוי\n', 'iso-8859-8'))).toBe('windows-1255');
  });

  it('takes Western accents between ASCII letters for latin1', () => {
    expect(guessEncoding(iconv.encode('id,agent\n1,José Müller\n2,Chloé\n', 'latin1'))).toBe('latin1');
  });

  it('says latin1 when there is nothing to go on', () => {
    expect(guessEncoding(Buffer.from('plain ascii'))).toBe('latin1');
  });
});
