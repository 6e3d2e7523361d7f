import { allInstruments } from '../../core/survey/find.js';
import { localText } from '../../core/survey/lang.js';
import { responseCounts } from '../../db/surveys.js';
import { listDocument } from '../../io/render/views/list-page.js';
import { printList } from '../print-rows.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, options: CommonOptions) {
  return context.readStore(options, async (db) => {
    const counts = responseCounts(db);
    const rows = allInstruments(db).map((instrument) => ({
      id: instrument.id,
      kind: instrument.kind,
      title: localText(instrument.title, 'en'),
      items: instrument.items.length,
      responses: counts.get(instrument.id) ?? 0,
    }));
    const columns = ['id', 'kind', 'title', 'items', 'responses'].map((key) => ({ key, header: key, align: key === 'items' || key === 'responses' ? ('right' as const) : undefined }));
    await printList(context, options, listDocument('Surveys', { columns, rows }));
  });
}
