export const TARGET_OPS = ['<', '<=', '>', '>=', '='] as const;
export type TargetOp = (typeof TARGET_OPS)[number];

/** One line of the service charter: the KPI must satisfy `value OP target`. */
export interface Target {
  kpi: string;
  op: TargetOp;
  value: number;
}

/** A target held against a measured value; `met` is null when the value is undefined (no calls). */
export interface TargetResult {
  kpi: string;
  op: TargetOp;
  target: number;
  value: number | null;
  met: boolean | null;
  /** Set when the value is provisional (its look-ahead window not yet covered), which leaves met null. */
  provisional?: true;
}
