import { inspect } from 'node:util';
import type { Paint } from './render/document/terminal-table.js';
import type { Io, OutputStream } from './io.js';

/**
 * Met and better in green, missed and worse in bold red, in the basic 16 colours every terminal
 * has. Node's own table of SGR codes, not a colour library: two styles do not pay for a library
 * loaded at every start.
 */
export function paintFor(io: Io, stream: OutputStream, option: boolean | undefined): Paint {
  if (!wantsColour(io, stream, option)) return { colour: false, good: (text) => text, bad: (text) => text };
  const { green, red, bold } = inspect.colors as Record<'green' | 'red' | 'bold', [number, number]>;
  const style = ([open, close]: [number, number], text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
  return { colour: true, good: (text) => style(green, text), bad: (text) => style(red, style(bold, text)) };
}

/** Colour only on a terminal; NO_COLOR and --no-color win, FORCE_COLOR forces. */
export function wantsColour(io: Io, stream: OutputStream, option: boolean | undefined): boolean {
  if (option === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const forced = io.env.FORCE_COLOR;
  if (forced !== undefined) return forced !== '0' && forced !== 'false';
  return stream.isTTY === true;
}
