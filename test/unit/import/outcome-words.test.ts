import { describe, expect, it } from 'vitest';
import { outcomeFromWord, yesNo } from '../../../src/io/formats/outcome-words.js';

describe('outcomeFromWord', () => {
  it('maps the endings phone systems use, whatever the case, spaces or punctuation', () => {
    for (const word of ['answered', 'ANSWERED', 'Completed', 'COMPLETECALLER', 'complete_agent', 'Connected', 'handled', 'Transferred', 'נענתה', 'טופלה']) {
      expect(outcomeFromWord(word), word).toBe('answered');
    }
    for (const word of ['abandoned', 'NO ANSWER', 'no-answer', 'Not Answered', 'BUSY', 'FAILED', 'EXITWITHTIMEOUT', 'exit with key', 'Hung up', 'missed', 'ננטשה', 'לא נענתה']) {
      expect(outcomeFromWord(word), word).toBe('abandoned');
    }
  });

  it('knows nothing of other words', () => {
    expect(outcomeFromWord('transferred to voicemail')).toBeUndefined();
    expect(outcomeFromWord('voicemail')).toBeUndefined();
    expect(outcomeFromWord('')).toBeUndefined();
  });
});

describe('yesNo', () => {
  it('reads yes/no flags in English, digits and Hebrew', () => {
    for (const word of ['Y', 'yes', 'YES', '1', 'true', 'T', 'כן']) expect(yesNo(word), word).toBe(true);
    for (const word of ['N', 'no', '0', 'False', 'f', 'לא']) expect(yesNo(word), word).toBe(false);
  });

  it('is undefined for anything else', () => {
    expect(yesNo('maybe')).toBeUndefined();
    expect(yesNo('2')).toBeUndefined();
  });
});
