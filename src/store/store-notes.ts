import type { StoreIndex, StoreNote } from './schema.ts';

const MAX_NOTES = 30;

/** Adds a note to the index; a repeat of the last note (same problem, same account) adds to its count instead. */
export function addNote(index: StoreIndex, note: StoreNote): void {
  const last = index.notes.at(-1);
  if (last && last.code === note.code && last.accountKey === note.accountKey && note.code !== 'compacted') {
    last.count += note.count;
    last.bytes = (last.bytes ?? 0) + (note.bytes ?? 0);
    last.at = note.at;
  } else index.notes.push(note);
  if (index.notes.length > MAX_NOTES) index.notes.splice(0, index.notes.length - MAX_NOTES);
}
