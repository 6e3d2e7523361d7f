import { plot, type PlotOptions } from '@observablehq/plot';
import { chartDocument } from './shim.js';

/** Every chart is this wide in its viewBox; the page scales it down to fit (and to print on A4). */
export const WIDTH = 640;
export const FONT = 'DejaVu Sans, Helvetica, Arial, sans-serif';
export const INK = '#444';
export const GRID = '#e6e6e6';

/** What this file reads and touches of the shim's elements (the build has no DOM types). */
interface Element {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly outerHTML: string;
  readonly parentElement: Element | null;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  closest(selector: string): Element | null;
  querySelectorAll(selector: string): Iterable<Element>;
}

/** Hebrew, Arabic and the other right-to-left scripts. */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const TURNED: Record<string, string> = { start: 'end', end: 'start', middle: 'middle' };

/**
 * SVG text has no `dir="auto"`: a label in a right-to-left script is given its direction, and
 * its anchor is turned to match, so it still ends (or starts) where a left-to-right one would.
 */
function rightToLeftLabels(root: Element): void {
  for (const label of root.querySelectorAll('text')) {
    if (!RIGHT_TO_LEFT.test(label.textContent ?? '')) continue;
    const anchor = label.closest('[text-anchor]')?.getAttribute('text-anchor') ?? 'start';
    label.setAttribute('text-anchor', TURNED[anchor] ?? anchor);
    label.setAttribute('direction', 'rtl');
  }
}

/** Every drawing is named for screen readers; the legend's little colour squares are decoration. */
function accessible(root: Element, label: string): void {
  for (const svg of root.querySelectorAll('svg')) {
    if (svg.parentElement?.getAttribute('class')?.endsWith('-swatch') === true) {
      svg.setAttribute('aria-hidden', 'true');
      continue;
    }
    const key = svg.getAttribute('class')?.endsWith('-ramp') === true;
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', key ? `${label}: colour key` : label);
  }
  if (root.tagName.toLowerCase() === 'svg') {
    root.setAttribute('role', 'img');
    root.setAttribute('aria-label', label);
  }
}

/**
 * The shim writes attribute values with only their quotes escaped: a name's `&`, `<` and `>`
 * are escaped here, so the page reads back exactly the name it was given and carries no markup.
 */
function escapedLabels(root: Element): void {
  for (const element of [root, ...root.querySelectorAll('[aria-label]')]) {
    const label = element.getAttribute('aria-label');
    if (label !== null) element.setAttribute('aria-label', label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  }
}

/**
 * An Observable Plot figure as markup: drawn on the shim's document in the page's type and ink.
 * Plot's class-scoped <style> travels inside it, so the page stays one self-contained file.
 */
export function drawFigure(options: PlotOptions, label: string): string {
  const figure = plot({
    document: chartDocument(),
    width: WIDTH,
    style: { fontFamily: FONT, fontSize: '11px', color: INK, background: 'white', overflow: 'visible' },
    ...options,
  }) as unknown as Element;
  accessible(figure, label);
  rightToLeftLabels(figure);
  escapedLabels(figure);
  return figure.outerHTML;
}
