import type { CallReport } from '../../core/report/call-report.js';
import { customerPillars, type Pillars } from '../../core/customers/pillars.js';
import { previousPeriod, type Period } from '../../core/time/period.js';
import { pillarRows } from '../../io/render/customers.js';
import { renderRows, type Format } from '../../io/render/index.js';
import type { TableOptions } from '../../io/render/table.js';
import { customerClock, endOfDay, startOfDay } from '../customer-clock.js';
import type { Session } from '../session.js';

/**
 * The report's `customers` section: the three pillars of the report's period. JSON carries it
 * under `customers`; table and markdown show it below the KPIs; CSV stays the one KPI table.
 */
export const customerSection = {
  add<R extends CallReport>(session: Session, period: Period, report: R): R & { customers: Pillars } {
    const db = session.store;
    const clock = customerClock(session);
    const span = (p: Period) => ({ fromAt: startOfDay(p.fromDay, clock.zone), toAt: endOfDay(p.toDay, clock.zone) });
    return { ...report, customers: customerPillars(db, { period: span(period), previous: span(previousPeriod(period)), zone: clock.zone, rules: clock.rules }) };
  },
  render(report: { customers: Pillars }, format: Format, options: TableOptions): string {
    if (format === 'json' || format === 'csv') return '';
    const table = renderRows(format, pillarRows(report.customers, format), options);
    return format === 'md' ? `\n**Customers** (new, retained, lost and won back against the period before)\n\n${table}` : `\nCustomers (against the period before)\n${table}`;
  },
};
