import { format as d3Format } from 'd3-format';
import { clock } from '../values.js';
import { escapeHtml } from '../escape.js';
import type { PlotFormat } from './plot.js';

export const WIDTH = 640;
export const FONT = 'DejaVu Sans, Helvetica, Arial, sans-serif';
export const INK = '#444';
export const GRID = '#e6e6e6';

/** An SVG element; attribute values and text escaped, null attributes left out. */
export function el(name: string, attributes: Record<string, string | number | null | undefined>, children = ''): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeHtml(typeof value === 'number' ? String(round(value)) : value!)}"`)
    .join('');
  return children === '' ? `<${name}${attrs}/>` : `<${name}${attrs}>${children}</${name}>`;
}

/** Hebrew, Arabic and the other right-to-left scripts. */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/**
 * A label. SVG text has no `dir="auto"`: a right-to-left name is given its direction, and its
 * anchor is turned to match, so it still ends (or starts) where a left-to-right one would.
 */
export function text(x: number, y: number, content: string, attributes: Record<string, string | number | null | undefined> = {}): string {
  if (!RIGHT_TO_LEFT.test(content)) return el('text', { x, y, 'font-size': 11, fill: INK, ...attributes }, escapeHtml(content));
  const anchor = attributes['text-anchor'] ?? 'start';
  const turned = anchor === 'start' ? 'end' : anchor === 'end' ? 'start' : anchor;
  return el('text', { x, y, 'font-size': 11, fill: INK, ...attributes, 'text-anchor': turned, direction: 'rtl' }, escapeHtml(content));
}

/** A tooltip: the exact figure behind a mark, for whoever points at it. */
export function tooltip(content: string): string {
  return el('title', {}, escapeHtml(content));
}

/** Long names end in an ellipsis instead of running into the next label. */
export function shorten(label: string, characters: number): string {
  return label.length <= characters ? label : `${label.slice(0, Math.max(1, characters - 1))}…`;
}

/** Two decimals are far below a pixel: shorter files, same picture. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A whole chart: its size in the viewBox, so it scales down with the page and prints whole. */
export function svg(height: number, label: string, body: string): string {
  return el('svg', { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, height, role: 'img', 'aria-label': label, 'font-family': FONT }, body);
}

/** How a value reads on an axis or in a tooltip. */
export function formatter(kind: PlotFormat, forTicks = false): (value: number) => string {
  switch (kind) {
    case 'rate':
      return forTicks ? d3Format('.0%') : d3Format('.1%');
    case 'duration':
      return (value) => clock(value);
    case 'count':
      return forTicks ? d3Format('~s') : d3Format(',');
  }
}

/** Roughly how wide a label is at 11 px, to thin out labels that would overlap. */
export function labelWidth(label: string): number {
  return label.length * 6.4;
}
