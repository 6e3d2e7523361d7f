import { DAY_BIT_OF_DAY, MONTH_OF_DAY } from '../customer-day-bits.js';
import type { Migration } from './index.js';

export const customerDaysInMonths: Migration = {
  version: 16,
  name: "each customer's days with an offered call kept as one bit per day in the month's row, instead of a row per customer and day",
  up(db) {
    db.exec(`
      -- Bit d − 1 is set when the customer had an offered call on day d of the wall-clock month:
      -- a new day touches the page its month's count already touches.
      ALTER TABLE customer_months ADD COLUMN days INTEGER NOT NULL DEFAULT 0;
      CREATE TEMP TABLE month_days (customer TEXT NOT NULL, month INTEGER NOT NULL, days INTEGER NOT NULL, PRIMARY KEY (customer, month)) WITHOUT ROWID;
      INSERT INTO temp.month_days
        SELECT customer, ${MONTH_OF_DAY('local_day')}, sum(${DAY_BIT_OF_DAY('local_day')}) FROM customer_day GROUP BY 1, 2;
      UPDATE customer_months SET days = held.days FROM temp.month_days AS held
        WHERE customer_months.customer = held.customer AND customer_months.month = held.month;
      DROP TABLE temp.month_days;
      DROP TABLE customer_day;
    `);
  },
};
