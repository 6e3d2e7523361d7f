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

/** A Vega-Lite spec drawn to an SVG string in Node: no browser, no canvas, no network. */
export async function chartSvg(spec: object): Promise<string> {
  const { spec: vegaSpec } = compile({ $schema: undefined, config: CONFIG, ...spec } as unknown as TopLevelSpec);
  const view = new View(parse(vegaSpec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
