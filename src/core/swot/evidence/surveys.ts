import type { Store } from '../../../db/open.js';
import { buildSurveyReport, type InstrumentReport } from '../../survey/report.js';
import { MIN_ANSWERS, tooFewAnswers } from '../../survey/sample-size.js';
import type { Period } from '../../time/period.js';
import type { Zone } from '../../time/zone.js';
import type { Messages } from '../../../i18n/messages.js';
import type { Evidence } from './evidence.js';
import { quoted } from './format.js';

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
export function surveyEvidence(db: Store, period: Period, zone: Zone, words: Messages): Evidence[] {
  return buildSurveyReport(db, { period, zone, compare: true, lang: words.lang }).instruments.flatMap((report) => instrumentEvidence(report, words));
}

function instrumentEvidence(report: InstrumentReport, words: Messages): Evidence[] {
  const summary = report.overall;
  const responses = (n: number) => words.plural('evidence.surveys.responses', n);
  /** A score from fewer than MIN_ANSWERS answers: stated with its count, proposing nothing. */
  const tooFew = (key: string, score: string, n: number): Evidence => ({ key, source: 'surveys', finding: words.t('evidence.surveys.tooFew', { score, responses: responses(n), min: MIN_ANSWERS }) });
  switch (summary.kind) {
    case 'nps': {
      if (summary.nps === null || summary.margin_of_error === null) return [];
      const nps = summary.nps.toFixed(0);
      if (summary.too_few_answers) return [tooFew('nps', words.t('evidence.surveys.nps', { nps }), summary.n)];
      const previous = report.previous?.kind === 'nps' && !report.previous.too_few_answers ? report.previous.nps : null;
      const evidence: Evidence[] = [
        {
          key: 'nps',
          source: 'surveys',
          finding: words.t('evidence.surveys.npsFinding', {
            nps,
            margin: summary.margin_of_error.toFixed(0),
            responses: responses(summary.n),
            promoters: summary.promoters,
            passives: summary.passives,
            detractors: summary.detractors,
            previous: previous === null ? words.t('evidence.none') : previous.toFixed(0),
          }),
        },
      ];
      const [first] = evidence as [Evidence];
      if (previous !== null && previous - summary.nps > summary.margin_of_error) {
        first.proposal = { quadrant: 'threat', text: words.t('evidence.surveys.npsFell', { previous: previous.toFixed(0), nps }), importance: 4, likelihood: 3 };
      } else if (summary.nps >= NPS_GOOD) {
        first.proposal = { quadrant: 'strength', text: words.t('evidence.surveys.npsGood', { nps }), importance: 4, likelihood: null };
      } else if (summary.nps < 0) {
        first.proposal = { quadrant: 'weakness', text: words.t('evidence.surveys.npsNegative', { nps }), importance: 4, likelihood: null };
      }
      if (summary.passives >= PASSIVES_SHARE * summary.n) {
        evidence.push({
          key: 'nps-passives',
          source: 'surveys',
          finding: words.t('evidence.surveys.passives', { passives: summary.passives, n: summary.n }),
          proposal: { quadrant: 'opportunity', text: words.t('evidence.surveys.passivesChance', { passives: summary.passives, n: summary.n }), importance: 3, likelihood: 3 },
        });
      }
      return evidence;
    }
    case 'csat': {
      if (summary.mean === null || summary.top2_share === null) return [];
      const share = quoted('fraction', summary.top2_share, words);
      if (summary.too_few_answers) return [tooFew('csat', words.t('evidence.surveys.csatScore', { share }), summary.n)];
      const evidence: Evidence = { key: 'csat', source: 'surveys', finding: words.t('evidence.surveys.csatFinding', { share, mean: summary.mean.toFixed(2), responses: responses(summary.n) }) };
      if (summary.top2_share >= CSAT_TOP2_GOOD) evidence.proposal = { quadrant: 'strength', text: words.t('evidence.surveys.csatGood', { share }), importance: 3, likelihood: null };
      else if (summary.top2_share < CSAT_TOP2_POOR) evidence.proposal = { quadrant: 'weakness', text: words.t('evidence.surveys.csatPoor', { share }), importance: 4, likelihood: null };
      return [evidence];
    }
    case 'ces': {
      if (summary.mean === null) return [];
      const mean = summary.mean.toFixed(2);
      if (summary.too_few_answers) return [tooFew('ces', words.t('evidence.surveys.cesScore', { mean }), summary.n)];
      const evidence: Evidence = { key: 'ces', source: 'surveys', finding: words.t('evidence.surveys.cesFinding', { mean, responses: responses(summary.n) }) };
      if (summary.mean >= CES_GOOD) evidence.proposal = { quadrant: 'strength', text: words.t('evidence.surveys.cesGood', { mean }), importance: 3, likelihood: null };
      else if (summary.mean < CES_POOR) evidence.proposal = { quadrant: 'weakness', text: words.t('evidence.surveys.cesPoor', { mean }), importance: 4, likelihood: null };
      return [evidence];
    }
    case 'servqual':
      return summary.dimensions.flatMap((dimension, rank): Evidence[] => {
        if (dimension.gap === null || dimension.expectation === null || dimension.perception === null) return [];
        const gap = `${dimension.gap > 0 ? '+' : ''}${dimension.gap.toFixed(2)}`;
        const importance = dimension.weight === null ? 3 : dimension.weight >= 25 ? 5 : dimension.weight >= 20 ? 4 : 3;
        // English findings name a dimension by its id, as the answers file does; Hebrew ones by its Hebrew name.
        const name = words.lang === 'en' ? dimension.dimension : (report.dimension_titles[dimension.dimension] ?? dimension.dimension);
        const weight = dimension.weight === null ? '' : words.t('evidence.surveys.servqualWeight', { weight: dimension.weight.toFixed(0) });
        const evidence: Evidence = {
          key: `servqual-${dimension.dimension}`,
          source: 'surveys',
          finding: words.t('evidence.surveys.servqual', { dimension: name, perception: dimension.perception.toFixed(2), expectation: dimension.expectation.toFixed(2), gap }) + weight,
        };
        if (tooFewAnswers(summary.n)) return [{ ...evidence, finding: words.t('evidence.surveys.servqualFew', { finding: evidence.finding, responses: responses(summary.n), min: MIN_ANSWERS }) }];
        if (dimension.gap > 0) evidence.proposal = { quadrant: 'strength', text: words.t('evidence.surveys.servqualBeat', { dimension: name, gap }), importance, likelihood: null };
        else if (dimension.gap < 0 && (rank === 0 || dimension.gap <= SERVQUAL_WIDE_GAP)) {
          evidence.proposal = { quadrant: 'weakness', text: words.t('evidence.surveys.servqualShort', { dimension: name, gap }), importance: Math.max(importance, rank === 0 ? 4 : 3), likelihood: null };
        }
        return [evidence];
      });
    case 'custom':
      return [];
  }
}
