import { storeInfo } from '../../db/info.js';
import { renderRows } from '../../io/render/index.js';
import { renderJson } from '../../io/render/json.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, options: CommonOptions) {
  return context.readStore(options, (store) => {
    const info = storeInfo(store, context.storePath(options));
    if (options.format === 'json') return context.out(renderJson(info));
    context.out(`file            ${info.file}\nledger file     ${info.ledger_file}\nschema version  ${info.schema_version}\nsize            ${info.size_bytes} bytes\n`);
    context.out(
      renderRows(
        'table',
        {
          columns: [
            { key: 'table', header: 'table' },
            { key: 'rows', header: 'rows', align: 'right' },
          ],
          rows: Object.entries(info.tables).map(([table, rows]) => ({ table, rows })),
        },
        context.terminal({}),
      ),
    );
  });
}
