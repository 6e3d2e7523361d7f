import { rect, text, type Markish } from '@observablehq/plot';
import type { Span } from './plot.js';
import { shorten } from './format.js';

const SHADE = '#fdb863';
const INK = '#8c510a';

/** An event's name just above its shade, clear of the marks; every other one a line higher, so neighbours do not overlap. */
function names(spans: readonly Span[], dy: number): Markish {
  return text(spans, { x: (span: Span) => span.from - 0.5, frameAnchor: 'top', dx: 2, dy, textAnchor: 'start', lineAnchor: 'bottom', fontSize: 10, fill: INK, text: (span: Span) => shorten(span.label, 36) });
}

/** The room above the chart that the events' names take. */
export function eventsHeadroom(spans: readonly Span[] | undefined): number {
  return !spans || spans.length === 0 ? 0 : spans.length === 1 ? 14 : 26;
}

/** Exceptional events as shaded stretches behind the marks (categories at 0, 1, 2 …), each named at its top. */
export function eventMarks(spans: readonly Span[] | undefined): Markish[] {
  if (!spans || spans.length === 0) return [];
  return [
    rect(spans, { x1: (span: Span) => span.from - 0.5, x2: (span: Span) => span.to + 0.5, fill: SHADE, fillOpacity: 0.28, title: (span: Span) => span.label, className: 'event' }),
    names(spans.filter((_, index) => index % 2 === 0), -2),
    names(spans.filter((_, index) => index % 2 === 1), -14),
  ];
}
