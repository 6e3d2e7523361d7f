import { complaintStories } from '../../core/complaints/ledger.js';
import { recurringComplaints } from '../../core/complaints/recurring.js';
import { surgingCategories } from '../../core/complaints/surge.js';
import { complaintJson, complaintRows } from '../../io/render/complaints.js';
import { renderRows } from '../../io/render/index.js';
import { renderJson } from '../../io/render/json.js';
import { surgeRows } from '../../io/render/surges.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, options: CommonOptions) {
  return context.readSession(options, ({ store: db, clock, settings }) => {
    const days = settings.complaint_recurring_days;
    const recurring = recurringComplaints(complaintStories(db, clock.now), clock.now, days);
    const surges = surgingCategories(db, clock.now);
    if (options.format === 'json') {
      const complaints = recurring.map((story) => complaintJson(story, clock.zone));
      return context.out(renderJson({ recurring_days: days, complaints, surging: surgeRows(surges, 'json').rows }));
    }
    const format = options.format === 'md' ? 'md' : 'table';
    const heading = (text: string) => (format === 'md' ? `## ${text}\n\n` : `${text}\n`);
    context.out(heading(`Recurring complaints (same customer, same category within ${days} days)`));
    context.out(renderRows(format, { ...complaintRows(recurring, clock.zone, format), empty: 'None.' }, context.terminal({})));
    context.out(`\n${heading('Surging categories (last 7 days; Poisson upper tail against up to 8 weeks before, P < 0.01)')}`);
    context.out(renderRows(format, surgeRows(surges, format), context.terminal({})));
  });
}
