import { removeStaffingTarget } from '../../db/staffing-target.js';
import { removeTarget } from '../../db/targets.js';
import { UserError } from '../../errors.js';
import type { CommandContext } from '../context.js';
import type { WriteOptions } from '../options.js';
import { targetRemoved } from '../../io/render/views/confirmations/settings.js';
import { sessionMessages } from '../session-language.js';

export function run(context: CommandContext, kpi: string, options: WriteOptions) {
  return context.withSession(options, ({ store: db, settings }) => {
    if (!(kpi === 'staffing' ? removeStaffingTarget(db) : removeTarget(db, kpi))) throw new UserError(`no target is set for ${kpi}`, 'svc target list shows the targets set');
    context.confirm(options, targetRemoved(kpi, sessionMessages(options.lang, settings, context.io)));
  });
}
