import { reportPeriod } from '../../core/report/period.js';
import { chooseStaffingTarget } from '../../core/staffing/charter-target.js';
import { parseInterval } from '../../core/staffing/interval.js';
import { staffFromLog } from '../../core/staffing/log-staffing.js';
import { assertShrinkage } from '../../core/staffing/model.js';
import type { ModelName } from '../../core/staffing/prediction.js';
import { renderStaffing } from '../../io/render/staffing.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions, PeriodFlags } from '../options.js';

interface StaffingOptions extends CommonOptions, PeriodFlags {
  queue?: string;
  interval: string;
  target?: string;
  model: ModelName;
  shrinkage?: string;
  typical?: boolean;
}

export function run(context: CommandContext, options: StaffingOptions) {
  const intervalMin = parseInterval(options.interval);
  const shrinkage = options.shrinkage === undefined ? null : assertShrinkage(Number(options.shrinkage), options.shrinkage);
  return context.readSession(options, ({ store: db, settings, at }) => {
    const period = reportPeriod(options, settings, at);
    const { target, source } = chooseStaffingTarget(db, settings, options.target);
    const result = staffFromLog(db, settings, { period, intervalMin, queue: options.queue, target, targetSource: source, model: options.model, shrinkage, typical: options.typical === true });
    context.out(renderStaffing(result, options.format ?? 'table', context.terminal({})));
  });
}
