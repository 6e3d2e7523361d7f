import type { Store } from '../../../db/open.js';
import { buildSurveyReport, type InstrumentReport } from '../../survey/report.js';
import { MIN_ANSWERS, tooFewAnswers } from '../../survey/sample-size.js';
import type { Period } from '../../time/period.js';
import type { Zone } from '../../time/zone.js';
import type { Evidence } from './evidence.js';
import { plural, quoted } from './format.js';

/** Rules of thumb for single scores; they only propose, the team decides. */
const NPS_GOOD = 30;
const PASSIVES_SHARE = 0.3;
const CSAT_TOP2_GOOD = 0.8;
const CSAT_TOP2_POOR = 0.6;
const CES_GOOD = 5.5;
const CES_POOR = 4;
/** A SERVQUAL gap this far below zero is a weakness even when it is not the worst. */
const SERVQUAL_WIDE_GAP = -1;

/** Survey scores of the period: NPS, CSAT, CES and every SERVQUAL dimension's gap. */
export function surveyEvidence(db: Store, period: Period, zone: Zone): Evidence[] {
  return buildSurveyReport(db, { period, zone, compare: true }).instruments.flatMap(instrumentEvidence);
}

/** A score from fewer than MIN_ANSWERS answers: stated with its count, proposing nothing. */
function tooFew(key: string, score: string, n: number): Evidence {
  return { key, source: 'surveys', finding: `${score} from ${plural(n, 'response')}: too few answers (fewer than ${MIN_ANSWERS}) to rely on` };
}

function instrumentEvidence(report: InstrumentReport): Evidence[] {
  const summary = report.overall;
  switch (summary.kind) {
    case 'nps': {
      if (summary.nps === null || summary.margin_of_error === null) return [];
      const nps = summary.nps.toFixed(0);
      if (summary.too_few_answers) return [tooFew('nps', `NPS ${nps}`, summary.n)];
      const previous = report.previous?.kind === 'nps' && !report.previous.too_few_answers ? report.previous.nps : null;
      const evidence: Evidence[] = [
        {
          key: 'nps',
          source: 'surveys',
          finding: `NPS ${nps} ± ${summary.margin_of_error.toFixed(0)} from ${plural(summary.n, 'response')}: ${summary.promoters} promoters, ${summary.passives} passives, ${summary.detractors} detractors (previous period: ${previous === null ? 'none' : previous.toFixed(0)})`,
        },
      ];
      const [first] = evidence as [Evidence];
      if (previous !== null && previous - summary.nps > summary.margin_of_error) {
        first.proposal = { quadrant: 'threat', text: `Customers recommend us less: NPS fell from ${previous.toFixed(0)} to ${nps}, more than its margin of error`, importance: 4, likelihood: 3 };
      } else if (summary.nps >= NPS_GOOD) {
        first.proposal = { quadrant: 'strength', text: `Customers recommend us: NPS ${nps}`, importance: 4, likelihood: null };
      } else if (summary.nps < 0) {
        first.proposal = { quadrant: 'weakness', text: `More detractors than promoters: NPS ${nps}`, importance: 4, likelihood: null };
      }
      if (summary.passives >= PASSIVES_SHARE * summary.n) {
        evidence.push({
          key: 'nps-passives',
          source: 'surveys',
          finding: `${summary.passives} of ${summary.n} respondents are passive (7–8)`,
          proposal: { quadrant: 'opportunity', text: `${summary.passives} of ${summary.n} respondents are passive (7–8): won over, they become promoters`, importance: 3, likelihood: 3 },
        });
      }
      return evidence;
    }
    case 'csat': {
      if (summary.mean === null || summary.top2_share === null) return [];
      const share = quoted('fraction', summary.top2_share);
      if (summary.too_few_answers) return [tooFew('csat', `CSAT: ${share} satisfied (4–5)`, summary.n)];
      const evidence: Evidence = { key: 'csat', source: 'surveys', finding: `CSAT: ${share} satisfied (4–5), mean ${summary.mean.toFixed(2)} of 5, from ${plural(summary.n, 'response')}` };
      if (summary.top2_share >= CSAT_TOP2_GOOD) evidence.proposal = { quadrant: 'strength', text: `Customers are satisfied: ${share} rate us 4 or 5`, importance: 3, likelihood: null };
      else if (summary.top2_share < CSAT_TOP2_POOR) evidence.proposal = { quadrant: 'weakness', text: `Only ${share} of customers rate us 4 or 5`, importance: 4, likelihood: null };
      return [evidence];
    }
    case 'ces': {
      if (summary.mean === null) return [];
      const mean = summary.mean.toFixed(2);
      if (summary.too_few_answers) return [tooFew('ces', `CES: mean ${mean} on the 1–7 scale`, summary.n)];
      const evidence: Evidence = { key: 'ces', source: 'surveys', finding: `CES: mean ${mean} on the 1–7 scale, from ${plural(summary.n, 'response')}` };
      if (summary.mean >= CES_GOOD) evidence.proposal = { quadrant: 'strength', text: `Customers find us easy to deal with (CES ${mean} of 7)`, importance: 3, likelihood: null };
      else if (summary.mean < CES_POOR) evidence.proposal = { quadrant: 'weakness', text: `Customers find dealing with us hard work (CES ${mean} of 7)`, importance: 4, likelihood: null };
      return [evidence];
    }
    case 'servqual':
      return summary.dimensions.flatMap((dimension, rank): Evidence[] => {
        if (dimension.gap === null || dimension.expectation === null || dimension.perception === null) return [];
        const gap = `${dimension.gap > 0 ? '+' : ''}${dimension.gap.toFixed(2)}`;
        const importance = dimension.weight === null ? 3 : dimension.weight >= 25 ? 5 : dimension.weight >= 20 ? 4 : 3;
        const evidence: Evidence = {
          key: `servqual-${dimension.dimension}`,
          source: 'surveys',
          finding: `SERVQUAL ${dimension.dimension}: perception ${dimension.perception.toFixed(2)}, expectation ${dimension.expectation.toFixed(2)}, gap ${gap}${dimension.weight === null ? '' : `, weight ${dimension.weight.toFixed(0)} of 100`}`,
        };
        if (tooFewAnswers(summary.n)) return [{ ...evidence, finding: `${evidence.finding}, from ${plural(summary.n, 'response')}: too few answers (fewer than ${MIN_ANSWERS}) to rely on` }];
        if (dimension.gap > 0) evidence.proposal = { quadrant: 'strength', text: `On ${dimension.dimension} we beat what customers expect (gap ${gap})`, importance, likelihood: null };
        else if (dimension.gap < 0 && (rank === 0 || dimension.gap <= SERVQUAL_WIDE_GAP)) {
          evidence.proposal = { quadrant: 'weakness', text: `On ${dimension.dimension} we fall short of what customers expect (gap ${gap})`, importance: Math.max(importance, rank === 0 ? 4 : 3), likelihood: null };
        }
        return [evidence];
      });
    case 'custom':
      return [];
  }
}
