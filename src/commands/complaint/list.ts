import type { ComplaintStatus, Severity } from '../../core/complaints/complaint.js';
import { listComplaints } from '../../core/complaints/list.js';
import { complaintRows } from '../../io/render/complaints.js';
import { listDocument } from '../../io/render/views/list-page.js';
import { printList } from '../print-rows.js';
import type { CommandContext } from '../context.js';
import { askedWindow } from '../ledger-command.js';
import type { CommonOptions, PeriodFlags } from '../options.js';

type ListOptions = CommonOptions & PeriodFlags & { status?: ComplaintStatus | 'open'; category?: string; severity?: Severity; customer?: string; recurring?: boolean };

export function run(context: CommandContext, options: ListOptions) {
  return context.readSession(options, async (session) => {
    const { store: db, clock } = session;
    const stories = listComplaints(db, { ...options, received: askedWindow(session, options) }, clock.now);
    const format = options.format ?? 'table';
    await printList(context, options, listDocument('Complaints', complaintRows(stories, clock.zone, format)));
  });
}
