import { UserError } from '../../errors.js';
import type { TargetKpi } from './catalogue.js';
import { TARGET_OPS, type Target } from './target.js';

const EXPRESSION = /^\s*(<=|>=|<|>|=)\s*(\d+(?:\.\d*)?|\.\d+)\s*(%?)\s*$/;

const EXAMPLES: Record<TargetKpi['unit'], string> = {
  fraction: "'>=0.8' or '>=80%'",
  seconds: "'<=30'",
  hours: "'<=24'",
  count: "'>=100'",
  score: "'>=4.2'",
};

/** 'OP VALUE' (e.g. '>=0.8', '<=30'); a fraction KPI also takes a percent ('>=80%'). */
export function parseTarget(kpi: TargetKpi, text: string): Target {
  const match = EXPRESSION.exec(text);
  if (!match) {
    throw new UserError(`target "${text}" for ${kpi.key} is not OP VALUE: OP is one of ${TARGET_OPS.join(' ')}, for example ${EXAMPLES[kpi.unit]}`);
  }
  const [, op, number, percent] = match as unknown as [string, Target['op'], string, string];
  let value = Number(number);
  if (percent === '%') {
    if (kpi.unit !== 'fraction') throw new UserError(`${kpi.key} is not a rate, so "${text}" cannot be a percent: for example ${EXAMPLES[kpi.unit]}`);
    value /= 100;
  }
  if (kpi.unit === 'fraction' && value > 1) {
    throw new UserError(`${kpi.key} is a fraction from 0 to 1, so "${text}" is out of range: for example ${EXAMPLES.fraction}`);
  }
  return { kpi: kpi.key, op, value };
}
