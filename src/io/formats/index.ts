import { UserError } from '../../errors.js';
import { genericReader } from './generic.js';
import { asteriskQueueLog } from './asterisk-queue-log.js';
import { asteriskCdr } from './asterisk-cdr.js';
import { freeswitchCdr } from './freeswitch-cdr.js';
import { see } from './see.js';
import { xlsx } from './xlsx.js';
import type { FormatReader } from './reader.js';

/** Every import format; auto-detection asks each in turn and takes the most confident. */
export const FORMATS: readonly FormatReader[] = [
  genericReader,
  asteriskQueueLog,
  asteriskCdr,
  freeswitchCdr,
  see,
  xlsx,
];

export function formatNamed(name: string): FormatReader {
  const format = FORMATS.find((candidate) => candidate.name === name);
  if (!format) throw new UserError(`unknown format "${name}"`, `formats are: ${FORMATS.map((candidate) => candidate.name).join(', ')} (svc import --list-formats)`);
  return format;
}

/** The most confident reader for a sample, or undefined when none recognises it. */
export function detectFormat(sample: string, fileName: string | null): FormatReader | undefined {
  let best: FormatReader | undefined;
  let bestScore = 0;
  for (const format of FORMATS) {
    const score = format.detect(sample, fileName);
    if (score > bestScore) {
      best = format;
      bestScore = score;
    }
  }
  return best;
}
