import { complaintStories } from '../../core/complaints/ledger.js';
import { COMPLAINT_MEASURES, complaintStats, type ComplaintGrouping } from '../../core/complaints/stats.js';
import { complaintTargets } from '../../core/complaints/targets.js';
import { periodWindow } from '../../core/ledger/window.js';
import { describePeriod, resolvePeriod } from '../../core/time/period.js';
import { readTargets } from '../../db/targets.js';
import { renderRows } from '../../io/render/index.js';
import { renderJson } from '../../io/render/json.js';
import { measuresTable } from '../../io/render/measures.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions, PeriodFlags } from '../options.js';

export function run(context: CommandContext, options: CommonOptions & PeriodFlags & { by?: ComplaintGrouping }) {
  return context.readSession(options, ({ store: db, clock, settings }) => {
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
    context.out(renderRows(format, measuresTable(COMPLAINT_MEASURES, result.totals, result.groups, format), context.terminal({})));
    if (format === 'csv') return;
    const pareto = result.pareto.map((row) => ({ ...row, share: row.share.toFixed(3), cumulative_share: row.cumulative_share.toFixed(3) }));
    const columns = [
      { key: 'category', header: 'category' },
      { key: 'count', header: 'count', align: 'right' as const },
      { key: 'share', header: 'share', align: 'right' as const },
      { key: 'cumulative_share', header: 'cumulative', align: 'right' as const },
    ];
    context.out(`\n${renderRows(format, { columns, rows: pareto, empty: 'No complaints in the period.' }, context.terminal({}))}`);
  });
}
