import { complaintStories } from '../../core/complaints/ledger.js';
import { COMPLAINT_MEASURES, complaintStats, type ComplaintGrouping } from '../../core/complaints/stats.js';
import { complaintTargets } from '../../core/complaints/targets.js';
import { periodWindow } from '../../core/ledger/window.js';
import { describePeriod, resolvePeriod } from '../../core/time/period.js';
import { readTargets } from '../../db/targets.js';
import { tableFromTabular } from '../../io/render/document/from-tabular.js';
import { renderJson } from '../../io/render/json.js';
import { measuresTable } from '../../io/render/measures.js';
import type { CommandContext } from '../context.js';
import { printList } from '../print-rows.js';
import type { CommonOptions, PeriodFlags } from '../options.js';

export function run(context: CommandContext, options: CommonOptions & PeriodFlags & { by?: ComplaintGrouping }) {
  return context.readSession(options, async ({ store: db, clock, settings }) => {
    const period = resolvePeriod(options, clock.zone.localDay(clock.now), settings.week_start);
    const statsContext = { now: clock.now, targets: complaintTargets(readTargets(db)) };
    const result = complaintStats(complaintStories(db, clock.now), periodWindow(period, clock.zone), statsContext, options.by);
    const format = options.format ?? 'table';
    if (format === 'json') {
      const groups = result.groups.map((group) => ({ key: { [options.by!]: group.key }, values: group.measures }));
      return context.out(renderJson({ period: { ...describePeriod(period), timezone: clock.zone.name }, totals: result.totals, groups, categories: result.pareto }));
    }
    const { from, to } = describePeriod(period);
    context.err(`Complaints received ${from} to ${to} (${clock.zone.name}); times in hours; backlog as of the period's end, or now if sooner\n`);
    const measures = tableFromTabular(measuresTable(COMPLAINT_MEASURES, result.totals, result.groups, format), 'measures');
    const pareto = result.pareto.map((row) => ({ ...row, share: row.share.toFixed(3), cumulative_share: row.cumulative_share.toFixed(3) }));
    const columns = [
      { key: 'category', header: 'category' },
      { key: 'count', header: 'count', align: 'right' as const },
      { key: 'share', header: 'share', align: 'right' as const },
      { key: 'cumulative_share', header: 'cumulative', align: 'right' as const },
    ];
    // The Pareto table is for people; csv stays the one table of measures.
    const categories = { ...tableFromTabular({ columns, rows: pareto, empty: 'No complaints in the period.' }, 'categories'), audience: 'people' as const };
    await printList(context, options, { title: 'Complaint statistics', blocks: [measures, categories] });
  });
}
