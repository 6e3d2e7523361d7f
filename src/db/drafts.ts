import { connection, type Store } from './store.js';

export type DraftAnswer = string | number | boolean | null;

export interface SessionDraft {
  kind: string;
  /** What the session was started with, as the command stored it. */
  started: Record<string, unknown>;
  answers: [string, DraftAnswer][];
  savedAt: number;
}

export function readDraft(store: Store, kind: string): SessionDraft | undefined {
  const db = connection(store);
  const row = db.prepare('SELECT kind, started, answers, saved_at AS savedAt FROM session_drafts WHERE kind = ?').get(kind) as
    | { kind: string; started: string; answers: string; savedAt: number }
    | undefined;
  return row && { kind: row.kind, started: JSON.parse(row.started) as Record<string, unknown>, answers: JSON.parse(row.answers) as [string, DraftAnswer][], savedAt: row.savedAt };
}

export function writeDraft(store: Store, draft: SessionDraft): void {
  const db = connection(store);
  db.prepare(
    `INSERT INTO session_drafts (kind, started, answers, saved_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (kind) DO UPDATE SET started = excluded.started, answers = excluded.answers, saved_at = excluded.saved_at`,
  ).run(draft.kind, JSON.stringify(draft.started), JSON.stringify(draft.answers), draft.savedAt);
}

export function deleteDraft(store: Store, kind: string): boolean {
  const db = connection(store);
  return db.prepare('DELETE FROM session_drafts WHERE kind = ?').run(kind).changes > 0;
}
