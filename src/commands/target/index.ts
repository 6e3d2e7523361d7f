import { TARGET_SPEC_EXAMPLES } from '../../core/staffing/target-spec.js';
import { argument, type CommandSpec } from '../declare.js';
import { dbOption, formatOption } from '../options.js';

export const targetCommand = (): CommandSpec => ({
  name: 'target',
  description: "the service charter: each KPI's target, marked met or missed in reports",
  commands: [
    {
      name: 'set',
      description: "set (or replace) a KPI's target, e.g. service_level '>=0.8', abandon_rate '<=5%', asa_s '<=30'",
      arguments: [
        argument('<kpi>', 'a KPI key of svc report (--explain lists them) or of the ledger (complaint_ack_h, commit_kept_rate …), or staffing'),
        argument('<expression>', `'OP VALUE', OP one of < <= > >= =; rates as a fraction or a percent; for staffing one of ${TARGET_SPEC_EXAMPLES}`),
      ],
      options: [dbOption()],
      examples: ["svc target set service_level '>=0.8'", "svc target set abandon_rate '<=5%'", "svc target set staffing 'service_level>=0.8@20s'"],
      load: () => import('./set.js'),
    },
    {
      name: 'list',
      description: 'every target set, with the KPI it applies to and when it was set',
      options: [formatOption(), dbOption()],
      examples: ['svc target list', 'svc target list --format json'],
      load: () => import('./list.js'),
    },
    {
      name: 'rm',
      description: "remove a KPI's target",
      arguments: [argument('<kpi>', 'the KPI whose target to remove')],
      options: [dbOption()],
      examples: ['svc target rm asa_s'],
      load: () => import('./rm.js'),
    },
  ],
});
