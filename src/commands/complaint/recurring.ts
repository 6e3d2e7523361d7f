import { complaintStories } from '../../core/complaints/ledger.js';
import { recurringComplaints } from '../../core/complaints/recurring.js';
import { surgingCategories } from '../../core/complaints/surge.js';
import { recurringComplaintsView } from '../../io/render/views/recurring-complaints.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, options: CommonOptions) {
  return context.readSession(options, async ({ store: db, clock, settings }) => {
    const days = settings.complaint_recurring_days;
    const recurring = recurringComplaints(complaintStories(db, clock.now), clock.now, days);
    const format = options.format ?? 'table';
    await context.print(recurringComplaintsView(recurring, surgingCategories(db, clock.now), days, clock.zone, format), format, options);
  });
}
