import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/** Type and colours shared by every chart: the page's own sans-serif, no web font to fetch. */
const CONFIG = {
  font: 'DejaVu Sans, Helvetica, Arial, sans-serif',
  background: 'white',
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 11, gridColor: '#e6e6e6' },
  legend: { labelFontSize: 11, titleFontSize: 11, orient: 'bottom' },
};

/**
 * A Vega-Lite spec drawn to an SVG string in Node: no browser, no canvas, no network. Each
 * chart numbers its gradients and clip paths from 0, so the ids get the chart's key in front:
 * two charts on one page must not share an id.
 */
export async function chartSvg(spec: object, key: string): Promise<string> {
  const { spec: vegaSpec } = compile({ $schema: undefined, config: CONFIG, ...spec } as unknown as TopLevelSpec);
  const view = new View(parse(vegaSpec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    return svg.replace(/id="([^"]+)"/g, `id="${key}-$1"`).replace(/url\(#([^)]+)\)/g, `url(#${key}-$1)`);
  } finally {
    view.finalize();
  }
}
