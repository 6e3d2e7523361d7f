import '../../core/ledger/target-kpis.js';
import { formatStaffingTarget, parseStaffingTarget } from '../../core/staffing/target-spec.js';
import { assertTargetKpi, findTargetKpi } from '../../core/targets/catalogue.js';
import { parseTarget } from '../../core/targets/parse.js';
import { writeStaffingTarget } from '../../db/staffing-target.js';
import { writeTarget } from '../../db/targets.js';
import { formatTarget } from '../../io/render/report/format.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, kpi: string, expression: string, options: CommonOptions) {
  if (kpi === 'staffing') {
    const spec = formatStaffingTarget(parseStaffingTarget(expression));
    return context.withSession(options, ({ store: db, at }) => {
      writeStaffingTarget(db, spec, at.toISOString());
      context.err(`Target set: staffing ${spec}\n`);
    });
  }
  const parsed = parseTarget(assertTargetKpi(kpi), expression);
  return context.withSession(options, ({ store: db, at }) => {
    writeTarget(db, parsed, at.toISOString());
    context.err(`Target set: ${parsed.kpi} ${formatTarget(findTargetKpi(parsed.kpi)?.unit, parsed.op, parsed.value)}\n`);
  });
}
