import type { PlotOptions } from '@observablehq/plot';
import { parseHTML } from 'linkedom';

type ChartDocument = NonNullable<PlotOptions['document']>;
let page: ChartDocument | undefined;

/** The small DOM Observable Plot draws into in Node: made once, and only when a chart is drawn. */
export function chartDocument(): ChartDocument {
  page ??= parseHTML('<!DOCTYPE html><html><body></body></html>').document as unknown as ChartDocument;
  return page;
}
