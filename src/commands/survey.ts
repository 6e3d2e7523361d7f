import { Option, type Command } from 'commander';
import { importLedgerCsv } from '../core/ledger/csv-import.js';
import { defineInstrument } from '../core/survey/define-instrument.js';
import { allInstruments, findInstrument } from '../core/survey/find.js';
import { surveyCsv } from '../core/survey/import.js';
import { localText } from '../core/survey/lang.js';
import { messages } from '../i18n/messages.js';
import { sessionLanguage } from './session-language.js';
import { questionsOf } from '../core/survey/questions.js';
import { buildSurveyReport, SURVEY_BREAKDOWNS, type SurveyBreakdown } from '../core/survey/report.js';
import { Zone } from '../core/time/zone.js';
import { responseCounts, responseSpans } from '../db/surveys.js';
import { surveyPeriod } from '../core/survey/default-period.js';
import { whereTheAnswersAre } from '../io/render/survey-spans.js';
import { readSettings } from '../db/settings.js';
import { parseJsonFile } from '../interactive/json-file.js';
import { ledgerImportSummary } from '../io/render/import-summary.js';
import { renderRows, type Format } from '../io/render/index.js';
import { renderSurveyReport, surveyReportView } from '../io/render/survey-report.js';
import { now } from '../io/io.js';
import type { CommandContext } from './context.js';
import { ledgerRejectsPath, readText, writeLedgerRejects, type LedgerImportOptions } from './ledger-command.js';
import { registerSurveyRun } from './survey-run.js';
import { registerSurveyResponses } from './survey-responses.js';
import { dbOption, formatOption, outOption, periodOptions, type CommonOptions, type PeriodFlags } from './options.js';
import { parseColumnMap } from '../core/import/column-map.js';
import { resolve } from 'node:path';
import { readCsvFile } from '../io/csv-file.js';

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
      context.readStore(options, (db) => {
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
    .addOption(new Option('--lang <lang>', 'language of the wording and headers (default: the language setting, else LANG / LC_ALL)').choices(['en', 'he']))
    .addOption(dbOption())
    .addOption(formatOption(['table', 'json', 'csv', 'md']))
    .action((id: string, options: CommonOptions & { lang?: string }) =>
      context.readStore(options, (db) => {
        const lang = sessionLanguage(options.lang, readSettings(db), context.io);
        const instrument = findInstrument(db, id);
        // Scripts read keys and ids; a person reads the headers and dimension names in the chosen language.
        const forPeople = options.format === 'table' || options.format === 'md' || options.format === undefined;
        const words = messages(lang);
        const dimensionName = (dimension: string | undefined) => {
          const found = instrument.dimensions.find((candidate) => candidate.id === dimension);
          return dimension === undefined ? null : forPeople && found ? (localText(found.title, lang).split(':')[0] as string) : dimension;
        };
        const rows = questionsOf(instrument).map((question) => ({
          column: question.key,
          answer: question.path,
          dimension: dimensionName(question.item.dimension),
          scale: `${question.item.scale.min}–${question.item.scale.max}`,
          reverse: question.item.reverse,
          optional: question.item.optional,
          text: localText(question.item.text, lang),
        }));
        const keys = ['column', 'answer', 'dimension', 'scale', 'reverse', 'optional', 'text'] as const;
        const columns = keys.map((key) => ({ key, header: forPeople ? words.t(`survey.header.${key}`) : key }));
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

  registerSurveyRun(survey, context);
  registerSurveyResponses(survey, context);

  survey
    .command('import')
    .description('responses collected elsewhere, from a CSV with a header: responded_at and one column per item')
    .argument('<file>')
    .requiredOption('--instrument <id>', 'which instrument the answers belong to (required)')
    .option('--map <field=column>', 'read FIELD from COLUMN (repeatable), e.g. --map nps="How likely…"', collect)
    .option('--strict', 'refuse the whole file on any bad row (exit 3, nothing written)')
    .option('--rejects <file>', 'write the rejected rows to this new file, with their line and the reason')
    .option('--force', 'let --rejects replace an existing file')
    .addOption(dbOption())
    .action(async (file: string, options: CommonOptions & LedgerImportOptions & { instrument: string; map?: string[] }) => {
      const rejects = ledgerRejectsPath(context, file, options);
      const records = await readCsvFile(resolve(context.io.cwd, file), file);
      return context.withStore(options, (db) => {
        const instrument = findInstrument(db, options.instrument);
        const spec = surveyCsv({ instrument, source: file, map: parseColumnMap(options.map ?? [], 'nps="How likely are you to recommend us?"'), now: unixNow(), zone: new Zone(readSettings(db).timezone) });
        const result = importLedgerCsv(db, file, records, spec, { strict: options.strict === true });
        writeLedgerRejects(rejects, file, result);
        context.err(ledgerImportSummary(file, result, options.rejects));
      });
    });

  const report = survey
    .command('report')
    .description('NPS, CSAT, CES, SERVQUAL gaps and reliability for a period (default: the last 30 days including today)')
    .argument('[instrument]', 'one instrument (default: every one with responses in the period)');
  for (const option of periodOptions()) report.addOption(option);
  report
    .addOption(new Option('--by <group>', 'also per month, or per agent or queue of the linked calls').choices(SURVEY_BREAKDOWNS))
    .option('--compare', 'add the previous period of the same length and the change')
    .addOption(dbOption())
    .addOption(formatOption(['table', 'json', 'csv', 'md', 'html']))
    .addOption(outOption())
    .action((id: string | undefined, options: Omit<CommonOptions, 'format'> & PeriodFlags & { format?: Format | 'html'; out?: string; by?: SurveyBreakdown; compare?: boolean }) =>
      context.readStore(options, async (db) => {
        const settings = readSettings(db);
        const zone = new Zone(settings.timezone);
        const period = surveyPeriod(options, zone.localDay(unixNow()), settings.week_start);
        const report = buildSurveyReport(db, { period, zone, compare: options.compare === true, by: options.by, instrument: id });
        if (report.instruments.length === 0) context.err(whereTheAnswersAre(responseSpans(db), zone));
        for (const instrument of report.instruments) for (const warning of instrument.warnings) context.err(`Warning: ${warning}\n`);
        if (options.format === 'html') await context.print(surveyReportView(report), 'html', options);
        else context.out(renderSurveyReport(report, options.format ?? 'table', context.terminal({})));
      }),
    );
}
