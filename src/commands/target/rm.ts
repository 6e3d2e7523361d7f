import { removeStaffingTarget } from '../../db/staffing-target.js';
import { removeTarget } from '../../db/targets.js';
import { UserError } from '../../errors.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, kpi: string, options: CommonOptions) {
  return context.withStore(options, (db) => {
    if (!(kpi === 'staffing' ? removeStaffingTarget(db) : removeTarget(db, kpi))) throw new UserError(`no target is set for ${kpi}`, 'svc target list shows the targets set');
    context.err(`Target removed: ${kpi}\n`);
  });
}
