import type { CallReport } from '../../core/report/call-report.js';
import { customerPillars, type Pillars } from '../../core/customers/pillars.js';
import { previousPeriod, type Period } from '../../core/time/period.js';
import type { Block } from '../../io/render/document/model.js';
import { pillarsTable } from '../../io/render/views/customer-lists.js';
import { customerClock, endOfDay, startOfDay } from '../customer-clock.js';
import type { Session } from '../session.js';

/**
 * The report's `customers` section: the three pillars of the report's period. JSON carries it
 * under `customers`; table, markdown and html show it below the KPIs; CSV stays the one KPI table.
 */
export const customerSection = {
  add<R extends CallReport>(session: Session, period: Period, report: R): R & { customers: Pillars } {
    const db = session.store;
    const clock = customerClock(session);
    const span = (p: Period) => ({ fromAt: startOfDay(p.fromDay, clock.zone), toAt: endOfDay(p.toDay, clock.zone) });
    return { ...report, customers: customerPillars(db, { period: span(period), previous: span(previousPeriod(period)), zone: clock.zone, rules: clock.rules }) };
  },
  block(report: { customers: Pillars }): Block {
    return { ...pillarsTable(report.customers), audience: 'people', title: 'Customers (against the period before)' };
  },
};
