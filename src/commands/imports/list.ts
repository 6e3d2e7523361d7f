import { listImports } from '../../db/imports.js';
import { importsView } from '../../io/render/views/imports.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';
import { printList } from '../print-rows.js';

export function run(context: CommandContext, options: CommonOptions) {
  return context.readStore(options, async (db) => {
    await printList(context, options, importsView(listImports(db)));
  });
}
