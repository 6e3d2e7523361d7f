import type { SurveyReport } from '../../core/survey/report.js';
import { MIN_ANSWERS } from '../../core/survey/sample-size.js';
import { reliabilityFlags } from '../../core/survey/summary.js';
import { isoFromDay } from '../../core/time/calendar.js';
import type { Zone } from '../../core/time/zone.js';
import type { ResponseSpan } from '../../db/surveys.js';
import type { Messages } from '../../i18n/messages.js';
import { humanValue } from './document/values.js';

/** For a report with nothing in its period: which answers the store does have, and the command that shows them. */
export function whereTheAnswersAre(spans: readonly ResponseSpan[], zone: Zone, words: Messages): string {
  if (spans.length === 0) return `${words.t('report.survey.noneYet')}\n`;
  return spans
    .map((span) => {
      const [from, to] = [span.firstAt, span.lastAt].map((at) => isoFromDay(zone.localDay(at))) as [string, string];
      const command = `svc survey report ${span.instrument} --from ${from} --to ${to}`;
      const values = { instrument: span.instrument, command };
      const line = from === to ? words.plural('report.survey.storeHasOn', span.responses, { ...values, day: from }) : words.plural('report.survey.storeHasSpan', span.responses, { ...values, from, to });
      return `${line}\n`;
    })
    .join('');
}

/** The warnings that go with each alpha (too low, or on too few responses), one line each, for stderr. */
export function reliabilityWarningLines(report: SurveyReport, words: Messages): string {
  return report.instruments
    .flatMap((instrument) =>
      reliabilityFlags(instrument.reliability).map((flag) => {
        const name = `${instrument.instrument} ${instrument.dimension_titles[flag.dimension] ?? flag.dimension}`;
        const text =
          flag.kind === 'low'
            ? words.t('report.survey.lowAlpha', { name, alpha: humanValue({ type: 'score' }, flag.alpha) })
            : words.plural('report.survey.roughAlpha', flag.n, { name, min: MIN_ANSWERS });
        return `${words.t('report.survey.warning', { text })}\n`;
      }),
    )
    .join('');
}
