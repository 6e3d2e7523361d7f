import { findTargetKpi } from '../../core/targets/catalogue.js';
import { readStaffingTarget } from '../../db/staffing-target.js';
import { readTargets } from '../../db/targets.js';
import { listDocument } from '../../io/render/views/list-page.js';
import { printList } from '../print-rows.js';
import { formatTarget } from '../../io/render/report/format.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, options: CommonOptions) {
  return context.readStore(options, async (db) => {
    const format = options.format ?? 'table';
    const rows: Record<string, string | number | null>[] = readTargets(db).map((stored) => ({
      kpi: stored.kpi,
      op: stored.op,
      target: format === 'json' || format === 'csv' ? stored.value : formatTarget(findTargetKpi(stored.kpi)?.unit, stored.op, stored.value),
      set_at: stored.setAt,
    }));
    const staffing = readStaffingTarget(db);
    if (staffing) rows.push({ kpi: 'staffing', op: null, target: staffing.spec, set_at: staffing.setAt });
    const columns = [
      { key: 'kpi', header: 'KPI' },
      ...(format === 'json' || format === 'csv' ? [{ key: 'op', header: 'op' }] : []),
      { key: 'target', header: 'target' },
      { key: 'set_at', header: 'set at' },
    ];
    await printList(context, options, listDocument('Targets', { columns, rows, empty: "No targets set. Set one with: svc target set service_level '>=0.8'" }));
  });
}
