import { storeInfo } from '../../db/info.js';
import { storeInfoView } from '../../io/render/views/store-info.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, options: CommonOptions) {
  return context.readStore(options, async (store) => {
    await context.print(storeInfoView(storeInfo(store, context.storePath(options))), options.format ?? 'table', options);
  });
}
