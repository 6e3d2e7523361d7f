import { periodWindow } from '../../core/ledger/window.js';
import { surveyPeriod } from '../../core/survey/default-period.js';
import { surveyResponses, type NpsBand } from '../../core/survey/responses.js';
import { renderRows } from '../../io/render/index.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions, PeriodFlags } from '../options.js';
import { responseRows } from './response-rows.js';

export function run(context: CommandContext, instrument: string | undefined, options: CommonOptions & PeriodFlags & { comments?: boolean; band?: NpsBand }) {
  return context.readSession(options, ({ store: db, clock, settings }) => {
    const period = surveyPeriod(options, clock.zone.localDay(clock.now), settings.week_start);
    const rows = surveyResponses(db, { window: periodWindow(period, clock.zone), instrument, comments: options.comments, band: options.band });
    const format = options.format ?? 'table';
    context.out(renderRows(format, { ...responseRows(rows, clock.zone, format), empty: 'No survey responses match in this period: svc survey list shows how many each instrument has.' }, context.terminal({})));
  });
}
