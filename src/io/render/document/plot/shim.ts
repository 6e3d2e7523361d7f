import type { PlotOptions } from '@observablehq/plot';
// linkedom's worker build: the same DOM in one bundled file, without the optional canvas. It loads
// in about a third of the CPU time of the package's main entry, which is a tree of small modules.
import { parseHTML } from 'linkedom/worker';

type ChartDocument = NonNullable<PlotOptions['document']>;
let page: ChartDocument | undefined;

/** The small DOM Observable Plot draws into in Node: made once, and only when a chart is drawn. */
export function chartDocument(): ChartDocument {
  page ??= parseHTML('<!DOCTYPE html><html><body></body></html>').document as unknown as ChartDocument;
  return page;
}
