import { cellOf, type Column, type TableBlock, type Typed, type Value } from './model.js';
import { escapeControls, oneLineSafe } from './sanitize.js';
import { judgement, humanValue } from './values.js';
import { displayWidth, fitCell } from './wrap.js';

/** How a terminal marks what needs the eye: colour where there is colour, words where not. */
export interface Paint {
  colour: boolean;
  good(text: string): string;
  bad(text: string): string;
}

/** For text that must stay plain whatever the stream: a cron mail. */
export const NO_PAINT: Paint = { colour: false, good: (text) => text, bad: (text) => text };

/** Text columns give way first, never below this, so a word or two still shows. */
const MIN_TEXT = 10;

function plainCell(column: Column, cell: Value, paint: Paint): string {
  const { typed, value } = cellOf(column, cell);
  const text = oneLineSafe(humanValue(typed, value));
  if (typed.type !== 'change') return text;
  const verdict = judgement(typed, value);
  if (verdict === null || typeof value !== 'number') return text;
  const arrow = value > 0 ? '▲' : '▼';
  return paint.colour ? `${text} ${arrow}` : `${text} ${arrow} ${verdict}`;
}

function painted(column: Column, cell: Value, text: string, paint: Paint): string {
  if (!paint.colour) return text;
  const { typed, value } = cellOf(column, cell);
  if (typed.type === 'status') return value === 'met' ? paint.good(text) : value === 'missed' ? paint.bad(text) : text;
  if (typed.type !== 'change') return text;
  const verdict = judgement(typed, value);
  return verdict === 'better' ? paint.good(text) : verdict === 'worse' ? paint.bad(text) : text;
}

/**
 * A table that fits `width` columns: numbers never shrink; the widest text columns wrap at words
 * until the table fits. Borders only where asked (a person at a terminal).
 */
export function renderTerminalTable(table: TableBlock, options: { width: number; borders: boolean; paint: Paint }): string {
  const { columns } = table;
  if (table.rows.length === 0) return `${escapeControls(table.empty ?? 'No rows.')}\n`;
  const cells = table.rows.map((row) => columns.map((column) => plainCell(column, row[column.key], options.paint)));
  const natural = columns.map((column, index) => Math.max(displayWidth(column.label), ...cells.map((row) => displayWidth(row[index]!))));
  const { widths, gap } = shrinkToFit(columns, natural, cells, options);
  const numeric = (column: Typed) => !['text', 'time', 'status', 'trend'].includes(column.type);
  const pad = (text: string, index: number, raw: string) => {
    const gap = ' '.repeat(Math.max(0, widths[index]! - displayWidth(raw)));
    return numeric(columns[index]!) ? gap + text : text + gap;
  };
  const drawRow = (texts: string[], paintCell: (index: number, line: string) => string) => {
    const wrapped = texts.map((text, index) => fitCell(text, widths[index]!));
    const height = Math.max(...wrapped.map((lines) => lines.length));
    const lines: string[] = [];
    for (let line = 0; line < height; line += 1) {
      const parts = wrapped.map((cellLines, index) => {
        const raw = cellLines[line] ?? '';
        return pad(raw === '' ? '' : paintCell(index, raw), index, raw);
      });
      lines.push(options.borders ? `│ ${parts.join(' │ ')} │` : parts.join(gap).trimEnd());
    }
    return lines.join('\n');
  };
  const header = drawRow(columns.map((column) => escapeControls(column.label)), (_index, line) => line);
  const body = table.rows.map((row, rowIndex) =>
    drawRow(cells[rowIndex]!, (index, line) => painted(columns[index]!, row[columns[index]!.key], line, options.paint)),
  );
  if (!options.borders) return `${[header, ...body].join('\n')}\n`;
  const rule = (left: string, cross: string, right: string) => `${left}${widths.map((width) => '─'.repeat(width + 2)).join(cross)}${right}`;
  return `${[rule('┌', '┬', '┐'), header, rule('├', '┼', '┤'), ...body, rule('└', '┴', '┘')].join('\n')}\n`;
}

/** Plain columns stand four spaces apart, and close up to two before any text has to wrap. */
const WIDE_GAP = '    ';
const NARROW_GAP = '  ';

const longestWord = (text: string) => Math.max(0, ...text.split(/\s+/).map(displayWidth));

function shrinkToFit(columns: readonly Column[], natural: number[], cells: readonly string[][], options: { width: number; borders: boolean }): { widths: number[]; gap: string } {
  const widths = [...natural];
  const sum = widths.reduce((total, width) => total + width, 0);
  const gap = !options.borders && sum + WIDE_GAP.length * (columns.length - 1) > options.width ? NARROW_GAP : WIDE_GAP;
  const chrome = options.borders ? 3 * columns.length + 1 : gap.length * (columns.length - 1);
  const total = () => widths.reduce((all, width) => all + width, 0) + chrome;
  const shrinkable = columns.map((column, index) => (column.type === 'text' ? index : -1)).filter((index) => index >= 0);
  // A column never gets narrower than its header's longest word: headers stay readable.
  const floor = columns.map((column) => Math.max(MIN_TEXT, ...column.label.split(/\s+/).map(displayWidth)));
  const shrink = (candidates: number[], least: readonly number[]) => {
    while (total() > options.width) {
      const widest = candidates.filter((index) => widths[index]! > least[index]!).sort((a, b) => widths[b]! - widths[a]!)[0];
      if (widest === undefined) break;
      widths[widest] = Math.max(least[widest]!, widths[widest]! - (total() - options.width));
    }
  };
  shrink(shrinkable, floor);
  // Still too wide: the other columns' headers wrap at words over their values, then times break
  // between date and hour; a number is never cut.
  const all = columns.map((_column, index) => index);
  const values = (index: number) => cells.map((row) => row[index]!);
  const headersWrap = columns.map((column, index) => (column.type === 'text' ? floor[index]! : Math.max(longestWord(column.label), ...values(index).map(displayWidth))));
  shrink(all, headersWrap);
  shrink(all, headersWrap.map((least, index) => (columns[index]!.type === 'time' ? Math.max(longestWord(columns[index]!.label), ...values(index).map(longestWord)) : least)));
  // What that freed beyond the need goes back to the text columns cut the most.
  for (const index of [...shrinkable].sort((a, b) => natural[b]! - widths[b]! - (natural[a]! - widths[a]!))) {
    widths[index] = Math.min(natural[index]!, widths[index]! + Math.max(0, options.width - total()));
  }
  return { widths, gap };
}
