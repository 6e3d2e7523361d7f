import { formatStaffingTarget, parseStaffingTarget } from '../../core/staffing/target-spec.js';
import { assertTargetKpi, findTargetKpi } from '../../core/targets/catalogue.js';
import { parseTarget } from '../../core/targets/parse.js';
import { writeStaffingTarget } from '../../db/staffing-target.js';
import { writeTarget } from '../../db/targets.js';
import { formatTarget } from '../../io/render/report/format.js';
import type { CommandContext } from '../context.js';
import type { WriteOptions } from '../options.js';
import { targetSet } from '../../io/render/views/confirmations/settings.js';
import { sessionMessages } from '../session-language.js';

export function run(context: CommandContext, kpi: string, expression: string, options: WriteOptions) {
  if (kpi === 'staffing') {
    const spec = formatStaffingTarget(parseStaffingTarget(expression));
    return context.withSession(options, ({ store: db, at, settings }) => {
      writeStaffingTarget(db, spec, at.toISOString());
      context.confirm(options, targetSet('staffing', spec, { target: spec }, sessionMessages(options.lang, settings, context.io)));
    });
  }
  const parsed = parseTarget(assertTargetKpi(kpi), expression);
  return context.withSession(options, ({ store: db, at, settings }) => {
    writeTarget(db, parsed, at.toISOString());
    context.confirm(options, targetSet(parsed.kpi, formatTarget(findTargetKpi(parsed.kpi)?.unit, parsed.op, parsed.value), { op: parsed.op, value: parsed.value }, sessionMessages(options.lang, settings, context.io)));
  });
}
