import type { ReviewDiff, ItemChange } from '../../core/swot/diff.js';
import type { Review } from '../../core/swot/load.js';
import type { StoredItem } from '../../core/swot/review.js';
import { QUADRANT_TITLE, QUADRANTS, type Quadrant } from '../../core/swot/swot.js';
import type { Zone } from '../../core/time/zone.js';
import { TOWS } from '../../core/swot/tows.js';
import type { Format, Tabular } from './index.js';
import { localTime } from './instant.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { reviewDiffJson, reviewJson } from './swot-json.js';
import { tableFromTabular } from './document/from-tabular.js';
import type { Block, Document } from './document/model.js';
import { escapeControls } from './document/sanitize.js';
import { wrapWords } from './document/wrap.js';
import { renderTable } from './table.js';

type PageFormat = Extract<Format, 'table' | 'md' | 'json'>;

const OUTCOME: Record<string, string> = { open: 'open', done: 'done', not_done: 'not done' };

/** One page: the header, the 2×2 grid, the TOWS strategies, the evidence and notes behind the items. */
export function renderReview(review: Review, format: PageFormat, options: { borders: boolean; width?: number; zone: Zone }): string {
  if (format === 'json') return renderJson(reviewJson(review, options.zone));
  return reviewPage(review, new Page(format, options), options.zone).text();
}

/** The same page as a document, for html. */
export function reviewView(review: Review, zone: Zone): Document {
  return reviewPage(review, new Page('md', { borders: false }), zone).document(reviewJson(review, zone));
}

function reviewPage(review: Review, page: Page, zone: Zone): Page {
  page.heading(`SWOT review ${review.id}: ${review.title}`);
  const count = (quadrant: Quadrant) => review.items.filter((item) => item.quadrant === quadrant).length;
  const done = review.strategies.filter((strategy) => strategy.outcome === 'done').length;
  page.line(
    `Made ${localTime(Date.parse(review.createdAt) / 1000, zone)} on the evidence of ${review.from} to ${review.to}: ` +
      `${QUADRANTS.map((quadrant) => `${count(quadrant)} ${count(quadrant) === 1 ? quadrant : QUADRANT_TITLE[quadrant].toLowerCase()}`).join(', ')}; ${review.strategies.length} TOWS strateg${review.strategies.length === 1 ? 'y' : 'ies'}, ${done} done.`,
  );
  page.table(grid(review.items, 'strength', 'weakness'));
  page.table(grid(review.items, 'opportunity', 'threat'));
  page.line('Scores: (importance) for strengths and weaknesses, (importance×likelihood) for opportunities and threats, each 1–5.');
  page.subheading('TOWS strategies');
  page.table({
    columns: [
      { key: 'code', header: 'strategy' },
      { key: 'pair', header: 'pair' },
      { key: 'text', header: 'what' },
      { key: 'owner', header: 'owner' },
      { key: 'due', header: 'due' },
      { key: 'outcome', header: 'outcome' },
    ],
    rows: review.strategies.map((s) => ({
      code: s.code,
      pair: `${s.first} × ${s.second}`,
      text: s.text,
      owner: s.owner,
      due: s.dueDay,
      outcome: `${OUTCOME[s.outcome]}${s.commitmentId === null ? '' : ` (commitment ${s.commitmentId})`}`,
    })),
    empty: 'No strategies.',
  });
  const explained = review.items.filter((item) => item.evidence !== null || item.note !== null);
  if (explained.length > 0) {
    page.subheading('Evidence and notes');
    for (const item of explained) page.line(`- ${item.code}: ${[item.evidence && `evidence: ${item.evidence}`, item.note && `note: ${item.note}`].filter(Boolean).join('; ')}`);
  }
  return page;
}

/** Two quadrants side by side, an item a row. */
function grid(items: readonly StoredItem[], left: Quadrant, right: Quadrant): Tabular {
  const of = (quadrant: Quadrant) => items.filter((item) => item.quadrant === quadrant).map(itemCell);
  const a = of(left);
  const b = of(right);
  const rows = Array.from({ length: Math.max(a.length, b.length, 1) }, (_, index) => ({ [left]: a[index] ?? (index === 0 ? '(none)' : ''), [right]: b[index] ?? (index === 0 ? '(none)' : '') }));
  return { columns: [{ key: left, header: QUADRANT_TITLE[left] }, { key: right, header: QUADRANT_TITLE[right] }], rows };
}

function itemCell(item: Pick<StoredItem, 'code' | 'importance' | 'likelihood' | 'text'>): string {
  return `${item.code} (${item.likelihood === null ? item.importance : `${item.importance}×${item.likelihood}`}) ${item.text}`;
}

export function renderReviewDiff(diff: ReviewDiff, format: PageFormat, options: { borders: boolean; width?: number; zone: Zone }): string {
  if (format === 'json') return renderJson(reviewDiffJson(diff, options.zone));
  const page = new Page(format, options);
  page.heading(`From review ${diff.old.id} (${diff.old.title}, ${diff.old.from} to ${diff.old.to}) to review ${diff.new.id} (${diff.new.title}, ${diff.new.from} to ${diff.new.to})`);
  const changes: [string, ItemChange[]][] = [
    ['added', diff.added],
    ['dropped', diff.dropped],
    ['re-scored', diff.rescored],
    ['unchanged', diff.unchanged],
  ];
  const score = (side: ItemChange['old']) => (side === null ? '' : side.likelihood === null ? String(side.importance) : `${side.importance}×${side.likelihood}`);
  page.table({
    columns: [
      { key: 'change', header: 'items' },
      { key: 'quadrant', header: 'quadrant' },
      { key: 'old', header: 'old' },
      { key: 'new', header: 'new' },
      { key: 'text', header: 'text' },
    ],
    rows: changes.flatMap(([change, list]) =>
      list.map((item) => ({
        change,
        quadrant: item.quadrant,
        old: item.old ? `${item.old.code} (${score(item.old)})` : '',
        new: item.new ? `${item.new.code} (${score(item.new)})` : '',
        text: item.text,
      })),
    ),
    empty: 'Neither review has items.',
  });
  page.subheading(`Strategies of review ${diff.old.id}`);
  page.table({
    columns: [
      { key: 'code', header: 'strategy' },
      { key: 'pair', header: 'pair' },
      { key: 'text', header: 'what' },
      { key: 'outcome', header: 'outcome' },
    ],
    rows: diff.strategies.map((s) => ({ code: s.code, pair: `${s.first} × ${s.second} (${TOWS[s.kind].aim})`, text: s.text, outcome: OUTCOME[s.outcome] })),
    empty: 'No strategies.',
  });
  return page.text();
}

/** Headings, lines and tables, drawn as a terminal table or as Markdown. */
class Page {
  private readonly parts: string[] = [];
  /** What was put on the page, as document blocks: the html page is drawn from these. */
  private readonly blocks: Block[] = [];
  constructor(
    private readonly format: 'table' | 'md',
    private readonly options: { borders: boolean; width?: number },
  ) {}

  /** Text for the page: control characters escaped; on a terminal wrapped at words to its width. */
  private fit(text: string, indent = ''): string {
    const safe = escapeControls(text);
    if (this.format === 'md') return safe;
    const width = this.options.width ?? 80;
    return wrapWords(safe, width, width - indent.length).join(`\n${indent}`);
  }

  heading(text: string): void {
    this.blocks.push({ kind: 'heading', text });
    this.parts.push(this.format === 'md' ? `## ${this.fit(text)}\n\n` : `${this.fit(text)}\n\n`);
  }

  subheading(text: string): void {
    this.blocks.push({ kind: 'heading', level: 2, text });
    this.parts.push(this.format === 'md' ? `\n### ${this.fit(text)}\n\n` : `\n${this.fit(text)}\n`);
  }

  line(text: string): void {
    this.blocks.push({ kind: 'paragraph', text });
    this.parts.push(`${this.fit(text, text.startsWith('- ') ? '  ' : '')}\n`);
  }

  table(data: Tabular): void {
    this.blocks.push(tableFromTabular(data));
    this.parts.push(`\n${this.format === 'md' ? renderMarkdown(data) : renderTable(data, this.options)}\n`);
  }

  document(json: unknown): Document {
    const first = this.blocks[0];
    return { title: first?.kind === 'heading' ? first.text : '', blocks: this.blocks, json };
  }

  text(): string {
    return this.parts.join('').replace(/\n{3,}/g, '\n\n').replace(/\n+$/, '\n');
  }
}
