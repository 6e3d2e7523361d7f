import { listCommitments } from '../../core/commitments/list.js';
import { COMMITMENT_MEASURES, commitmentStats } from '../../core/commitments/stats.js';
import { periodWindow } from '../../core/ledger/window.js';
import { describePeriod, resolvePeriod } from '../../core/time/period.js';
import { listDocument } from '../../io/render/views/list-page.js';
import { printList } from '../print-rows.js';
import { renderJson } from '../../io/render/json.js';
import { measuresTable } from '../../io/render/measures.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions, PeriodFlags } from '../options.js';

export function run(context: CommandContext, options: CommonOptions & PeriodFlags & { by?: 'owner' | 'channel' }) {
  return context.readSession(options, async ({ store: db, clock, settings }) => {
    const period = resolvePeriod(options, clock.zone.localDay(clock.now), settings.week_start);
    const result = commitmentStats(listCommitments(db, {}, clock.now), periodWindow(period, clock.zone), options.by);
    const format = options.format ?? 'table';
    if (format === 'json') {
      const groups = result.groups.map((group) => ({ key: { [options.by!]: group.key }, values: group.measures }));
      return context.out(renderJson({ period: { ...describePeriod(period), timezone: clock.zone.name }, totals: result.totals, groups }));
    }
    const { from, to } = describePeriod(period);
    context.err(`Commitments due ${from} to ${to} (${clock.zone.name}); "made" counts those made in the period\n`);
    await printList(context, options, listDocument('Commitments due', measuresTable(COMMITMENT_MEASURES, result.totals, result.groups, format)));
  });
}
