import type { Command } from 'commander';
import { assertTargetKpi, findTargetKpi } from '../core/targets/catalogue.js';
import { parseTarget } from '../core/targets/parse.js';
import { readTargets, removeTarget, writeTarget } from '../db/targets.js';
import { formatStaffingTarget, parseStaffingTarget, TARGET_SPEC_EXAMPLES } from '../core/staffing/target-spec.js';
import { readStaffingTarget, removeStaffingTarget, writeStaffingTarget } from '../db/staffing-target.js';
import { UserError } from '../errors.js';
import { now } from '../io/io.js';
import { renderRows } from '../io/render/index.js';
import { formatTarget } from '../io/render/report/format.js';
import type { CommandContext } from './context.js';
import { targetRemoved, targetSet } from '../io/render/views/confirmations/settings.js';
import { dbOption, formatOption, writeFormatOption, writeQuietOption, type CommonOptions, type WriteOptions } from './options.js';

export function registerTarget(program: Command, context: CommandContext): void {
  const target = program.command('target').description("the service charter: each KPI's target, marked met or missed in reports");

  target
    .command('set')
    .description("set (or replace) a KPI's target, e.g. service_level '>=0.8', abandon_rate '<=5%', asa_s '<=30'")
    .argument('<kpi>', 'a KPI key of svc report (--explain lists them) or of the ledger (complaint_ack_h, commit_kept_rate …), or staffing')
    .argument('<expression>', `'OP VALUE', OP one of < <= > >= =; rates as a fraction or a percent; for staffing one of ${TARGET_SPEC_EXAMPLES}`)
    .addOption(dbOption())
    .addOption(writeFormatOption())
    .addOption(writeQuietOption())
    .action((kpi: string, expression: string, options: WriteOptions) => {
      if (kpi === 'staffing') {
        const spec = formatStaffingTarget(parseStaffingTarget(expression));
        return context.withStore(options, (db) => {
          writeStaffingTarget(db, spec, now(context.io).toISOString());
          context.confirm(options, targetSet('staffing', spec, { target: spec }));
        });
      }
      const parsed = parseTarget(assertTargetKpi(kpi), expression);
      return context.withStore(options, (db) => {
        writeTarget(db, parsed, now(context.io).toISOString());
        context.confirm(options, targetSet(parsed.kpi, formatTarget(findTargetKpi(parsed.kpi)?.unit, parsed.op, parsed.value), { op: parsed.op, value: parsed.value }));
      });
    });

  target
    .command('list')
    .description('every target set, with the KPI it applies to and when it was set')
    .addOption(formatOption())
    .addOption(dbOption())
    .action((options: CommonOptions) =>
      context.readStore(options, (db) => {
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
        context.out(renderRows(format, { columns, rows, empty: "No targets set. Set one with: svc target set service_level '>=0.8'" }, context.terminal({})));
      }),
    );

  target
    .command('rm')
    .description("remove a KPI's target")
    .argument('<kpi>', 'the KPI whose target to remove')
    .addOption(dbOption())
    .addOption(writeFormatOption())
    .addOption(writeQuietOption())
    .action((kpi: string, options: WriteOptions) =>
      context.withStore(options, (db) => {
        if (!(kpi === 'staffing' ? removeStaffingTarget(db) : removeTarget(db, kpi))) throw new UserError(`no target is set for ${kpi}`, 'svc target list shows the targets set');
        context.confirm(options, targetRemoved(kpi));
      }),
    );
}
