import { Chalk, type ChalkInstance } from 'chalk';
import type { Io, OutputStream } from './io.js';

/** Colour only on a terminal; NO_COLOR and --no-color win, FORCE_COLOR forces (chalk alone ignores NO_COLOR). */
export function colourFor(io: Io, stream: OutputStream, option: boolean | undefined): ChalkInstance {
  return new Chalk({ level: wantsColour(io, stream, option) ? 1 : 0 });
}

export function wantsColour(io: Io, stream: OutputStream, option: boolean | undefined): boolean {
  if (option === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const forced = io.env.FORCE_COLOR;
  if (forced !== undefined) return forced !== '0' && forced !== 'false';
  return stream.isTTY === true;
}
