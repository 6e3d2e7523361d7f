import { escapeHtml } from './escape.js';
import { cellOf, forPeople, type Block, type Document, type TableBlock } from './model.js';
import type { drawPlot } from './plot/draw.js';
import { renderLabels, type RenderLabels } from './labels.js';
import { humanValue, judgement } from './values.js';

/** Running text: escaped, and a date never broken at its hyphens (2026-\n11-09 reads badly). */
function prose(text: string): string {
  return escapeHtml(text).replace(/\d{4}-\d{2}-\d{2}/g, '<span class="date">$&</span>');
}

const NUMERIC = new Set(['count', 'rate', 'duration', 'score', 'points', 'hours', 'change']);

function table(block: TableBlock, labels: RenderLabels): string {
  const caption = block.title === undefined ? '' : `<h2 dir="auto">${escapeHtml(block.title.replace(/:$/, ''))}</h2>\n`;
  if (block.rows.length === 0) return `${caption}<p class="empty" dir="auto">${escapeHtml(block.empty ?? labels.noRows)}</p>`;
  const head = block.columns.map((column) => `<th${NUMERIC.has(column.type) ? ' class="num"' : ''} dir="auto">${escapeHtml(column.label)}</th>`).join('');
  const body = block.rows
    .map((row) => {
      const cells = block.columns.map((column) => {
        const { typed, value } = cellOf(column, row[column.key]);
        const verdict = typed.type === 'change' ? judgement(typed, value) : null;
        const status = typed.type === 'status' && (value === 'met' || value === 'missed') ? value : null;
        const classes = [NUMERIC.has(typed.type) ? 'num' : '', verdict ?? '', status ?? ''].filter(Boolean).join(' ');
        const marker = verdict === null ? '' : ` ${typeof value === 'number' && value > 0 ? '▲' : '▼'} ${labels[verdict]}`;
        return `<td${classes ? ` class="${classes}"` : ''} dir="auto">${escapeHtml(humanValue(typed, value, labels) + marker)}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `${caption}<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function block(item: Block, labels: RenderLabels, draw: typeof drawPlot | null): string {
  switch (item.kind) {
    case 'heading':
      return item.level === 2 ? `<h2 dir="auto">${prose(item.text)}</h2>` : `<h1 dir="auto">${prose(item.text)}</h1>`;
    case 'paragraph':
      return `<p dir="auto">${prose(item.text)}</p>`;
    case 'note':
      return `<p class="note" dir="auto">${prose(item.text)}</p>`;
    case 'list':
      return `<h2 dir="auto">${prose(item.title)}</h2>\n<ul>${item.items.map((entry) => `<li dir="auto">${prose(entry)}</li>`).join('')}</ul>`;
    case 'keyValue':
      return `${item.title ? `<h2 dir="auto">${escapeHtml(item.title)}</h2>` : ''}<dl>${item.entries
        .map((entry) => `<dt dir="auto">${escapeHtml(entry.label)}</dt><dd dir="auto">${escapeHtml(humanValue(entry, entry.value, labels))}</dd>`)
        .join('')}</dl>`;
    case 'table':
      return table(item, labels);
    case 'chart':
      return `<figure class="chart" data-chart="${escapeHtml(item.key)}"><figcaption dir="auto">${escapeHtml(item.title)}</figcaption>${draw!(item.plot, item.title)}</figure>`;
  }
}

const STYLE = `
@page { size: A4; margin: 15mm; }
body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; color: #222; max-width: 180mm; margin: 1.5em auto; padding: 0 1em; font-size: 10.5pt; line-height: 1.4; }
h1 { font-size: 15pt; margin: 0 0 .3em; }
h2 { font-size: 12pt; margin: 1.4em 0 .4em; }
p { margin: .3em 0; }
p.note { color: #555; font-style: italic; }
table { border-collapse: collapse; margin: .5em 0 1em; }
th, td { padding: 2px 10px; border-bottom: 1px solid #ddd; text-align: start; white-space: nowrap; }
th { border-bottom: 2px solid #888; font-weight: 600; }
.num { text-align: end; font-variant-numeric: tabular-nums; }
.better, .met { color: #1b7837; }
.worse, .missed { color: #b2182b; font-weight: 600; }
span.date { white-space: nowrap; }
figure.chart { margin: 1em 0 1.5em; break-inside: avoid; }
figure.chart figcaption { font-weight: 600; margin-bottom: .3em; }
figure.chart svg { max-width: 100%; height: auto; font-family: inherit; }
figure.chart figure { margin: 0; }
figure.chart [class*="-swatches"] { font-family: inherit; font-size: 9.5pt; color: #444; }
dl { display: grid; grid-template-columns: max-content auto; gap: 2px 12px; }
dt { color: #555; }
dd { margin: 0; }
@media print { body { margin: 0; max-width: none; font-size: 9pt; } th, td { padding: 1px 6px; } td:first-child { white-space: normal; } }
`;

/** One self-contained page: inline style and inline SVG charts, no script, no request of any kind. */
export async function renderDocumentHtml(document: Document): Promise<string> {
  const blocks = document.blocks.filter(forPeople);
  const labels = renderLabels(document.lang);
  // The charting library and its DOM take a while to load: only for a page that has a chart.
  const draw = blocks.some((item) => item.kind === 'chart') ? (await import('./plot/draw.js')).drawPlot : null;
  const parts = blocks.map((item) => block(item, labels, draw));
  return `<!DOCTYPE html>
<html lang="${escapeHtml(document.lang ?? 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${parts.join('\n')}
</body>
</html>
`;
}
