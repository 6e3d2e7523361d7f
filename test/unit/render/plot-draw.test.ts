import { describe, expect, it } from 'vitest';
import { drawPlot } from '../../../src/io/render/document/plot/draw.js';
import { countTicks } from '../../../src/io/render/document/plot/format.js';
import type { Plot } from '../../../src/io/render/document/plot/plot.js';

/** The per-mark labels of a drawn chart, in document order (groups of marks are labelled by kind, the background is hidden: both left out). */
function markLabels(svg: string): string[] {
  return [...svg.matchAll(/<(\w+) [^>]*?aria-label="([^"]*)"[^>]*>/g)].filter(([element, tag]) => tag !== 'g' && tag !== 'svg' && !element.includes('aria-hidden')).map(([, , label]) => label!);
}

const basis = { enough: { name: 'enough answers', color: '#4575b4' }, few: { name: 'too few answers', color: '#999999' } };

describe('drawPlot', () => {
  it('draws a bar per positive value, labelled with its category, series and figure', () => {
    const plot: Plot = {
      type: 'bars',
      categories: ['Mon', 'Tue', 'Wed'],
      format: 'count',
      series: [
        { name: 'answered', color: '#1b7837', values: [1200, 0, 35] },
        { name: 'abandoned', color: '#b2182b', values: [4, null, 1] },
      ],
    };
    const svg = drawPlot(plot, 'Calls per day');
    // Tuesday has nothing to draw: a zero and a missing value make no bar.
    expect(markLabels(svg)).toEqual(['Mon, answered: 1,200', 'Wed, answered: 35', 'Mon, abandoned: 4', 'Wed, abandoned: 1']);
    expect(svg).toMatch(/^<figure [^>]*><div [^>]*swatches/);
    expect(svg).toMatch(/<svg [^>]*role="img"[^>]*aria-label="Calls per day"|<svg [^>]*aria-label="Calls per day"[^>]*role="img"/);
  });

  it('stacks bars on each other: each starts where the one below ends', () => {
    const plot: Plot = {
      type: 'bars',
      stacked: true,
      categories: ['week 1'],
      format: 'count',
      series: [
        { name: 'kept', color: 'green', values: [3] },
        { name: 'broken', color: 'red', values: [1] },
      ],
    };
    const rects = [...drawPlot(plot, 'Commitments').matchAll(/<rect [^>]*aria-label="[^"]*"[^>]*>/g)].map(([rect]) => ({
      y: Number(/ y="([\d.]+)"/.exec(rect)![1]),
      height: Number(/height="([\d.]+)"/.exec(rect)![1]),
    }));
    // 3 + 1 on an axis of 0 to 4: the first bar is three times as tall, and the second sits on it.
    expect(rects).toHaveLength(2);
    expect(rects[0]!.height / rects[1]!.height).toBeCloseTo(3, 5);
    expect(rects[1]!.y + rects[1]!.height).toBeCloseTo(rects[0]!.y, 5);
  });

  it('keeps two long names that shorten alike on rows of their own', () => {
    const plot: Plot = { type: 'bars', horizontal: true, categories: ['Customer care team, first line A', 'Customer care team, first line B'], format: 'count', series: [{ name: 'answered', color: 'blue', values: [3, 2] }] };
    const tops = [...drawPlot(plot, 'Agents').matchAll(/<rect [^>]*aria-label="Customer[^"]*"[^>]*>/g)].map(([rect]) => Number(/ y="([\d.]+)"/.exec(rect)![1]));
    expect(tops).toHaveLength(2);
    expect(tops[0]).not.toBe(tops[1]);
  });

  it('draws a heat map cell per value, none where there were no calls, and a key of swatches without a canvas', () => {
    const plot: Plot = { type: 'heat', rows: ['mon', 'tue'], columns: ['9', '10'], values: [[0.95, null], [0.4, 0.75]], format: 'rate', scheme: 'red-yellow-green', legendTitle: 'service level' };
    const svg = drawPlot(plot, 'Service level by hour');
    expect(markLabels(svg)).toEqual(['mon 9:00, 95.0%', 'tue 9:00, 40.0%', 'tue 10:00, 75.0%']);
    expect(svg).not.toContain('<canvas');
    expect(svg).toContain('aria-label="Service level by hour: colour key"');
  });

  it('draws the margin of error only where an estimate rests on enough answers, and the others grey', () => {
    const plot: Plot = {
      type: 'intervals',
      rows: [
        { label: 'all', value: 30, low: 2.1, high: 57.9, count: 40, few: false },
        { label: 'dana', value: -20, low: null, high: null, count: 5, few: true },
      ],
      format: 'points',
      domain: [-100, 100],
      axisTitle: 'NPS',
      ...basis,
    };
    const svg = drawPlot(plot, 'NPS by group');
    expect(markLabels(svg)).toEqual(['all: 2.1 to 57.9', 'all: 30.0 (n = 40)', 'dana: -20.0 (n = 5)']);
    expect([...svg.matchAll(/<circle [^>]*fill="([^"]+)"/g)].map(([, fill]) => fill)).toEqual(['#4575b4', '#999999']);
  });

  it('draws a trend point per period with answers on a shared axis of every period', () => {
    const plot: Plot = {
      type: 'trend',
      categories: ['2026-11-02', '2026-11-09', '2026-11-16'],
      points: [
        { label: '2026-11-02', value: 0.8, low: null, high: null, count: 31, few: false },
        { label: '2026-11-16', value: 0.5, low: null, high: null, count: 2, few: true },
      ],
      format: 'rate',
      domain: [0, 1],
      axisTitle: 'CSAT 4–5',
      ...basis,
    };
    const svg = drawPlot(plot, 'CSAT per week');
    expect(markLabels(svg)).toEqual(['2026-11-02: 80.0% (n = 31)', '2026-11-16: 50.0% (n = 2)']);
    // The week without answers keeps its place on the axis.
    expect(svg).toContain('>2026-11-09</text>');
  });

  it('shades an event from the edge of its first category to the edge of its last, in one piece', () => {
    const plot: Plot = { type: 'lines', categories: ['a', 'b', 'c', 'd'], format: 'rate', domain: [0, 1], series: [{ name: 'SL', color: 'green', values: [0.8, 0.7, null, 0.9] }], spans: [{ from: 1, to: 2, label: 'outage' }] };
    const svg = drawPlot(plot, 'Rates');
    const shade = /<g [^>]*class="event"[^>]*>(.*?)<\/g>/s.exec(svg)?.[1] ?? '';
    expect(shade.match(/<rect /g)).toHaveLength(1);
    const width = Number(/width="([\d.]+)"/.exec(shade)![1]);
    const dots = [...svg.matchAll(/<circle [^>]*cx="([\d.]+)"/g)].map(([, cx]) => Number(cx));
    // Three dots (c has no value) at a, b and d: one category is the distance from a to b; the shade covers two.
    expect(dots).toHaveLength(3);
    expect(width).toBeCloseTo(2 * (dots[1]! - dots[0]!), 5);
    expect(shade).toContain('<title>outage</title>');
  });

  it('writes markup and control characters in names as text, and sets right-to-left names right to left', () => {
    const plot: Plot = { type: 'bars', horizontal: true, categories: ['<script>alert(1)</script>', 'דנה כהן', 'bell\u0007'], format: 'count', series: [{ name: 'answered', color: 'blue', values: [3, 2, 1] }] };
    const svg = drawPlot(plot, 'Agents');
    expect(svg).not.toContain('<script');
    expect(svg).toContain('aria-label="&lt;script&gt;alert(1)&lt;/script&gt;: 3"');
    expect(svg).not.toContain('\u0007');
    expect(svg).toContain('bell\\x07');
    expect(svg).toMatch(/<text [^>]*direction="rtl"[^>]*>דנה כהן<\/text>|<text direction="rtl"[^>]*>דנה כהן<\/text>/);
  });
});

describe('countTicks', () => {
  it('gives whole-number ticks from 0, 1, 2 or 5 times a power of ten apart, the last at or above the largest value', () => {
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
    expect(countTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(countTicks(100)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(countTicks(372)).toEqual([0, 100, 200, 300, 400]);
  });
});
