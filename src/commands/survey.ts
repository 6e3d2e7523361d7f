import { Option, type Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importLedgerCsv } from '../core/ledger/csv-import.js';
import { defineInstrument } from '../core/survey/define-instrument.js';
import { allInstruments, findInstrument } from '../core/survey/find.js';
import { surveyCsv } from '../core/survey/import.js';
import { assertLang, langFromLocale, localText } from '../core/survey/lang.js';
import { questionsOf } from '../core/survey/questions.js';
import { buildSurveyReport, SURVEY_BREAKDOWNS, type SurveyBreakdown } from '../core/survey/report.js';
import { resolvePeriod } from '../core/time/period.js';
import { Zone } from '../core/time/zone.js';
import { responseCounts } from '../db/surveys.js';
import { readSettings } from '../db/settings.js';
import { UserError } from '../errors.js';
import { answersFileAsk } from '../interactive/answers-file-ask.js';
import { inquirerAsk } from '../interactive/inquirer-ask.js';
import { parseJsonFile } from '../interactive/json-file.js';
import { surveyAnswersDocument } from '../interactive/survey-answers.js';
import { recordSurvey } from '../interactive/survey-record.js';
import { requireTerminal } from '../interactive/terminal.js';
import { ledgerImportSummary, rejectsCsv } from '../io/render/import-summary.js';
import { renderRows, type Format } from '../io/render/index.js';
import { renderSurveyReport, surveyReportView } from '../io/render/survey-report.js';
import { now } from '../io/io.js';
import type { CommandContext } from './context.js';
import { readText } from './ledger-command.js';
import { dbOption, formatOption, outOption, periodOptions, type CommonOptions, type PeriodFlags } from './options.js';

/** Shell convention for a run ended by Ctrl-C (128 + SIGINT). */
const INTERRUPTED = 130;

interface RunOptions extends CommonOptions {
  customer?: string;
  call?: string;
  repeat?: boolean;
  lang?: string;
  answers?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerSurvey(program: Command, context: CommandContext): void {
  const survey = program.command('survey').description('satisfaction surveys: CSAT, NPS, CES, SERVQUAL and your own instruments');
  const unixNow = () => Math.floor(now(context.io).getTime() / 1000);

  survey
    .command('list')
    .description('the instruments: built-in and defined, with their response counts')
    .addOption(dbOption())
    .addOption(formatOption(['table', 'json', 'csv', 'md']))
    .action((options: CommonOptions) =>
      context.withStore(options, (db) => {
        const counts = responseCounts(db);
        const rows = allInstruments(db).map((instrument) => ({
          id: instrument.id,
          kind: instrument.kind,
          title: localText(instrument.title, 'en'),
          items: instrument.items.length,
          responses: counts.get(instrument.id) ?? 0,
        }));
        const columns = ['id', 'kind', 'title', 'items', 'responses'].map((key) => ({ key, header: key, align: key === 'items' || key === 'responses' ? ('right' as const) : undefined }));
        context.out(renderRows(options.format ?? 'table', { columns, rows }, context.terminal({})));
      }),
    );

  survey
    .command('show')
    .description('the questions of an instrument: what each is stored as (a column of an import), where an answers file puts it, its scale and wording')
    .argument('<instrument>')
    .addOption(new Option('--lang <lang>', 'language of the wording (default: from LANG / LC_ALL)').choices(['en', 'he']))
    .addOption(dbOption())
    .addOption(formatOption(['table', 'json', 'csv', 'md']))
    .action((id: string, options: CommonOptions & { lang?: string }) =>
      context.withStore(options, (db) => {
        const lang = options.lang ? assertLang(options.lang) : langFromLocale(context.io.env);
        const rows = questionsOf(findInstrument(db, id)).map((question) => ({
          column: question.key,
          answer: question.path,
          dimension: question.item.dimension ?? null,
          scale: `${question.item.scale.min}–${question.item.scale.max}`,
          reverse: question.item.reverse,
          optional: question.item.optional,
          text: localText(question.item.text, lang),
        }));
        const columns = ['column', 'answer', 'dimension', 'scale', 'reverse', 'optional', 'text'].map((key) => ({ key, header: key }));
        context.out(renderRows(options.format ?? 'table', { columns, rows }, context.terminal({})));
      }),
    );

  survey
    .command('define')
    .description('add (or, before it has responses, change) a custom instrument from a JSON file')
    .argument('<file>', 'the definition: id, title, scales, dimensions, items (see docs/surveys.md)')
    .addOption(dbOption())
    .action((file: string, options: CommonOptions) =>
      context.withStore(options, (db) => {
        const { instrument, status } = defineInstrument(db, parseJsonFile(readText(context.io, file), file), file, now(context.io));
        context.err(`Instrument ${instrument.id} ${status}: ${instrument.items.length} item${instrument.items.length === 1 ? '' : 's'}, ${instrument.dimensions.length} dimension${instrument.dimensions.length === 1 ? '' : 's'}\n`);
      }),
    );

  survey
    .command('run')
    .description('ask one respondent (or, with --repeat, one after another) and store the answers')
    .argument('<instrument>', 'csat, nps, ces, servqual or a defined one (svc survey list)')
    .option('--customer <id>', 'the respondent, without --repeat (otherwise asked, optional)')
    .option('--call <call-id>', 'the call the survey follows up, without --repeat (otherwise asked, optional)')
    .option('--repeat', 'one respondent after another, e.g. a phone follow-up campaign')
    .addOption(new Option('--lang <lang>', 'language of the questions (default: from LANG / LC_ALL)').choices(['en', 'he']))
    .option('--answers <file.json>', 'take the answers from a JSON file instead of a terminal, for scripts (where each answer goes: svc survey show INSTRUMENT)')
    .addOption(dbOption())
    .action((id: string, options: RunOptions) =>
      context.withStore(options, async (db) => {
        if (options.repeat && (options.customer !== undefined || options.call !== undefined)) {
          throw new UserError(`${options.customer !== undefined ? '--customer' : '--call'} names one respondent and cannot go with --repeat`, "with --repeat each respondent's customer and call are asked (or read from the answers file)");
        }
        const instrument = findInstrument(db, id);
        const lang = options.lang ? assertLang(options.lang) : langFromLocale(context.io.env);
        let ask;
        if (options.answers !== undefined) {
          const { document, keyInFile } = surveyAnswersDocument(parseJsonFile(readText(context.io, options.answers), options.answers), options.answers, options.repeat === true);
          ask = answersFileAsk(document, options.answers, keyInFile);
        } else {
          requireTerminal(context.io, 'svc survey run');
          ask = inquirerAsk(context.io);
        }
        const result = await recordSurvey(db, ask, { ...options, instrument, lang, repeat: options.repeat === true, source: options.answers ?? 'run', now: unixNow });
        const recorded = `${result.completed} response${result.completed === 1 ? '' : 's'} to ${instrument.id}`;
        if (result.interrupted) {
          context.err(`Interrupted: kept ${recorded}; the one in progress was discarded.\n`);
          context.exitCode = INTERRUPTED;
        } else {
          context.err(`Recorded ${recorded}.\n`);
        }
      }),
    );

  survey
    .command('import')
    .description('responses collected elsewhere, from a CSV with a header: responded_at and one column per item')
    .argument('<file>')
    .requiredOption('--instrument <id>', 'which instrument the answers belong to (required)')
    .option('--map <field=column>', 'read FIELD from COLUMN (repeatable), e.g. --map nps="How likely…"', collect)
    .option('--strict', 'refuse the whole file on any bad row (exit 3, nothing written)')
    .option('--rejects <file>', 'write the rejected rows there, with their line and the reason')
    .addOption(dbOption())
    .action((file: string, options: CommonOptions & { instrument: string; map?: string[]; strict?: boolean; rejects?: string }) =>
      context.withStore(options, (db) => {
        const instrument = findInstrument(db, options.instrument);
        const spec = surveyCsv({ instrument, source: file, map: parseMap(options.map ?? []), now: unixNow(), zone: new Zone(readSettings(db).timezone) });
        const result = importLedgerCsv(db, file, readText(context.io, file), spec, { strict: options.strict === true });
        if (options.rejects && result.rejects.length > 0) writeFileSync(resolve(context.io.cwd, options.rejects), rejectsCsv(result), { mode: 0o600 });
        context.err(ledgerImportSummary(file, result, options.rejects));
      }),
    );

  const report = survey
    .command('report')
    .description('NPS, CSAT, CES, SERVQUAL gaps and reliability for a period')
    .argument('[instrument]', 'one instrument (default: every one with responses in the period)');
  for (const option of periodOptions()) report.addOption(option);
  report
    .addOption(new Option('--by <group>', 'also per month, or per agent or queue of the linked calls').choices(SURVEY_BREAKDOWNS))
    .option('--compare', 'add the previous period of the same length and the change')
    .addOption(dbOption())
    .addOption(formatOption(['table', 'json', 'csv', 'md', 'html']))
    .addOption(outOption())
    .action((id: string | undefined, options: Omit<CommonOptions, 'format'> & PeriodFlags & { format?: Format | 'html'; out?: string; by?: SurveyBreakdown; compare?: boolean }) =>
      context.withStore(options, async (db) => {
        const settings = readSettings(db);
        const zone = new Zone(settings.timezone);
        const period = resolvePeriod(options, zone.localDay(unixNow()), settings.week_start);
        const report = buildSurveyReport(db, { period, zone, compare: options.compare === true, by: options.by, instrument: id });
        for (const instrument of report.instruments) for (const warning of instrument.warnings) context.err(`Warning: ${warning}\n`);
        if (options.format === 'html') await context.print(surveyReportView(report), 'html', options);
        else context.out(renderSurveyReport(report, options.format ?? 'table', context.terminal({})));
      }),
    );
}

function parseMap(pairs: string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0 || at === pair.length - 1) throw new UserError(`--map ${pair}: expected FIELD=COLUMN`, 'for example --map nps="How likely are you to recommend us?"');
    map[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  return map;
}
