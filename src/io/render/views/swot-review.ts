import type { ItemChange, ReviewDiff } from '../../../core/swot/diff.js';
import type { Review } from '../../../core/swot/load.js';
import type { StoredItem } from '../../../core/swot/review.js';
import { QUADRANTS, type Quadrant } from '../../../core/swot/swot.js';
import type { Zone } from '../../../core/time/zone.js';
import type { Messages } from '../../../i18n/messages.js';
import type { Block, Column, Document } from '../document/model.js';
import { localTime } from '../instant.js';
import { reviewDiffJson, reviewJson } from '../swot-json.js';

const text = (key: string, label: string): Column => ({ key, label, type: 'text' });

/** One review on a page: the header, the 2×2 grid, the TOWS strategies, the evidence and notes behind the items. */
export function reviewView(review: Review, zone: Zone, words: Messages): Document {
  const title = words.t('page.swot.title', { id: review.id, title: review.title });
  const count = (quadrant: Quadrant) => review.items.filter((item) => item.quadrant === quadrant).length;
  const done = review.strategies.filter((strategy) => strategy.outcome === 'done').length;
  const made = words.t('page.swot.made', {
    made: localTime(Date.parse(review.createdAt) / 1000, zone),
    from: review.from,
    to: review.to,
    counts: QUADRANTS.map((quadrant) => words.plural(`page.swot.count.${quadrant}`, count(quadrant))).join(', '),
    strategies: words.plural('page.swot.strategies', review.strategies.length),
    done,
  });
  const blocks: Block[] = [
    { kind: 'heading', text: title },
    { kind: 'paragraph', text: made },
    grid(review.items, 'strength', 'weakness', words),
    grid(review.items, 'opportunity', 'threat', words),
    { kind: 'paragraph', text: words.t('page.swot.scores') },
    { kind: 'heading', level: 2, text: words.t('page.swot.towsHeading') },
    {
      kind: 'table',
      key: 'strategies',
      columns: [
        text('code', words.t('page.swot.strategy')),
        text('pair', words.t('page.swot.pair')),
        text('text', words.t('page.swot.what')),
        text('owner', words.t('page.swot.owner')),
        { key: 'due', label: words.t('page.swot.due'), type: 'time' },
        text('outcome', words.t('page.swot.outcome')),
      ],
      rows: review.strategies.map((s) => {
        const outcome = words.t(`page.swot.outcome.${s.outcome}`);
        return {
          code: s.code,
          pair: `${s.first} × ${s.second}`,
          text: s.text,
          owner: s.owner,
          due: s.dueDay,
          outcome: s.commitmentId === null ? outcome : words.t('page.swot.withCommitment', { outcome, id: s.commitmentId }),
        };
      }),
      empty: words.t('page.swot.noStrategies'),
      audience: 'people',
    },
  ];
  const explained = review.items.filter((item) => item.evidence !== null || item.note !== null);
  if (explained.length > 0) {
    const because = (item: StoredItem) =>
      [item.evidence && words.t('page.swot.evidence', { text: item.evidence }), item.note && words.t('page.swot.note', { text: item.note })].filter(Boolean).join('; ');
    blocks.push({ kind: 'list', title: words.t('page.swot.explained'), items: explained.map((item) => `${item.code}: ${because(item)}`) });
  }
  const json = reviewJson(review, zone);
  blocks.push(
    { kind: 'table', key: 'items', audience: 'data', columns: ['code', 'quadrant', 'text', 'importance', 'likelihood', 'note', 'origin', 'evidence_key', 'evidence'].map((key) => text(key, key)), rows: json.items },
    { kind: 'table', key: 'strategies', audience: 'data', columns: ['code', 'kind', 'first', 'second', 'text', 'owner', 'due', 'commitment', 'outcome'].map((key) => text(key, key)), rows: json.strategies },
  );
  return { title, lang: words.lang, blocks, json };
}

/** Two quadrants side by side, an item a row. */
function grid(items: readonly StoredItem[], left: Quadrant, right: Quadrant, words: Messages): Block {
  const of = (quadrant: Quadrant) => items.filter((item) => item.quadrant === quadrant).map(itemCell);
  const [a, b] = [of(left), of(right)];
  const none = words.t('page.swot.none');
  const rows = Array.from({ length: Math.max(a.length, b.length, 1) }, (_, index) => ({ [left]: a[index] ?? (index === 0 ? none : ''), [right]: b[index] ?? (index === 0 ? none : '') }));
  return { kind: 'table', key: `${left}-${right}`, audience: 'people', columns: [text(left, words.t(`page.swot.quadrants.${left}`)), text(right, words.t(`page.swot.quadrants.${right}`))], rows };
}

function itemCell(item: Pick<StoredItem, 'code' | 'importance' | 'likelihood' | 'text'>): string {
  return `${item.code} (${score(item)}) ${item.text}`;
}

function score(side: { importance: number; likelihood: number | null }): string {
  return side.likelihood === null ? String(side.importance) : `${side.importance}×${side.likelihood}`;
}

const CHANGES = ['added', 'dropped', 'rescored', 'unchanged'] as const;

/** From one review to the next: items added, dropped, re-scored and unchanged, and the old review's strategies. */
export function reviewDiffView(diff: ReviewDiff, zone: Zone, words: Messages): Document {
  const title = words.t('page.swot.diffTitle', {
    oldId: diff.old.id,
    oldTitle: diff.old.title,
    oldFrom: diff.old.from,
    oldTo: diff.old.to,
    newId: diff.new.id,
    newTitle: diff.new.title,
    newFrom: diff.new.from,
    newTo: diff.new.to,
  });
  const side = (entry: ItemChange['old']) => (entry === null ? '' : `${entry.code} (${score(entry)})`);
  const changes = CHANGES.flatMap((change) => diff[change].map((item) => ({ change, item })));
  const json = reviewDiffJson(diff, zone);
  return {
    title,
    lang: words.lang,
    json,
    blocks: [
      { kind: 'heading', text: title },
      {
        kind: 'table',
        key: 'items',
        columns: [text('change', words.t('page.swot.items')), text('quadrant', words.t('page.swot.quadrant')), text('old', words.t('page.swot.old')), text('new', words.t('page.swot.new')), text('text', words.t('page.swot.text'))],
        rows: changes.map(({ change, item }) => ({ change: words.t(`page.swot.change.${change}`), quadrant: words.t(`swot.quadrant.${item.quadrant}`), old: side(item.old), new: side(item.new), text: item.text })),
        empty: words.t('page.swot.noItems'),
        audience: 'people',
      },
      {
        kind: 'table',
        key: 'items',
        audience: 'data',
        columns: ['change', 'quadrant', 'old', 'new', 'text'].map((key) => text(key, key)),
        rows: changes.map(({ change, item }) => ({ change, quadrant: item.quadrant, old: item.old?.code ?? null, new: item.new?.code ?? null, text: item.text })),
      },
      { kind: 'heading', level: 2, text: words.t('page.swot.strategiesOf', { id: diff.old.id }) },
      {
        kind: 'table',
        key: 'strategies',
        columns: [text('code', words.t('page.swot.strategy')), text('pair', words.t('page.swot.pair')), text('text', words.t('page.swot.what')), text('outcome', words.t('page.swot.outcome'))],
        rows: diff.strategies.map((s) => ({ code: s.code, pair: `${s.first} × ${s.second} (${words.t(`swot.aim.${s.kind}`)})`, text: s.text, outcome: words.t(`page.swot.outcome.${s.outcome}`) })),
        empty: words.t('page.swot.noStrategies'),
        audience: 'people',
      },
      { kind: 'table', key: 'strategies', audience: 'data', columns: ['code', 'kind', 'first', 'second', 'text', 'owner', 'due', 'outcome'].map((key) => text(key, key)), rows: json.strategies },
    ],
  };
}
