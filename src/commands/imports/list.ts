import { listImports } from '../../db/imports.js';
import { renderRows } from '../../io/render/index.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, options: CommonOptions) {
  return context.readStore(options, (db) => {
    const rows = listImports(db).map((row) => ({
      ...row,
      content_hash: options.format === 'table' ? row.content_hash?.slice(0, 12) : row.content_hash,
      status: row.undone_at ? 'undone' : row.finished_at ? 'done' : 'incomplete',
    }));
    context.out(
      renderRows(
        options.format ?? 'table',
        {
          columns: [
            { key: 'id', header: 'id', align: 'right' },
            { key: 'source', header: 'file' },
            { key: 'format', header: 'format' },
            { key: 'content_hash', header: 'sha256' },
            { key: 'started_at', header: 'started (UTC)' },
            { key: 'inserted', header: 'inserted', align: 'right' },
            { key: 'duplicates', header: 'duplicates', align: 'right' },
            { key: 'rejected', header: 'rejected', align: 'right' },
            { key: 'skipped', header: 'skipped', align: 'right' },
            { key: 'merged', header: 'merged', align: 'right' },
            { key: 'carried', header: 'carried', align: 'right' },
            { key: 'status', header: 'status' },
            { key: 'undone_at', header: 'undone (UTC)' },
          ],
          rows,
          empty: 'No imports yet.',
        },
        context.terminal({}),
      ),
    );
  });
}
