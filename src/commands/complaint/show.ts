import { complaintStory } from '../../core/complaints/ledger.js';
import { complaintJson, complaintStoryText } from '../../io/render/complaints.js';
import { escapeControls } from '../../io/render/document/sanitize.js';
import { renderJson } from '../../io/render/json.js';
import type { CommandContext } from '../context.js';
import { entryId } from '../ledger-command.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, id: string, options: CommonOptions) {
  return context.readSession(options, ({ store: db, clock }) => {
    const story = complaintStory(db, entryId(id, 'complaint'), clock.now);
    context.out(options.format === 'json' ? renderJson(complaintJson(story, clock.zone)) : escapeControls(complaintStoryText(story, clock.zone)));
  });
}
