import type { Span } from './plot.js';
import { el, shorten, text, tooltip } from './svg.js';

/** Exceptional events as shaded stretches behind the marks, each named at its top. */
export function shadedSpans(spans: readonly Span[] | undefined, left: (index: number) => number, right: (index: number) => number, top: number, bottom: number): string {
  if (!spans || spans.length === 0) return '';
  const parts = spans.map((span, index) => {
    const x = left(span.from);
    const width = Math.max(2, right(span.to) - x);
    const shade = el('rect', { class: 'event', x, y: top, width, height: bottom - top, fill: '#fdb863', 'fill-opacity': 0.28 }, tooltip(span.label));
    return shade + text(x + 3, top + 10 + (index % 2) * 12, shorten(span.label, 36), { 'font-size': 10, fill: '#8c510a' });
  });
  return el('g', { class: 'events' }, parts.join(''));
}
