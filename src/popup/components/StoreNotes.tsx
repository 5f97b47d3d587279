import type { StoreNote } from '../../store/schema.ts';
import { t, uiLocale } from '../../ui/extension-i18n.ts';

const when = (iso: string | undefined) => (iso ? new Date(iso).toLocaleString(uiLocale) : '');
const n = (value: number) => value.toLocaleString(uiLocale);
const mb = (bytes: number | undefined) => ((bytes ?? 0) / 1_000_000).toFixed(1);

/** What the store did not keep or summarised: a refused write, a failed one, compacted history, quarantined data. */
export function StoreNotes({ notes }: { notes: StoreNote[] }) {
  if (notes.length === 0) return null;
  return (
    <ul class="store-notes" data-testid="store-notes">
      {notes.map((note, i) => (
        <li key={i} class={note.code === 'compacted' ? 'muted' : 'notice'} data-note={note.code}>
          {text(note)}
        </li>
      ))}
    </ul>
  );
}

function text(note: StoreNote): string {
  const one = note.count === 1;
  switch (note.code) {
    case 'store-full':
      return t(one ? 'store_note_full_one' : 'store_note_full', [n(note.count), when(note.at), mb(note.bytes)]);
    case 'write-failed':
      return t(one ? 'store_note_write_failed_one' : 'store_note_write_failed', [n(note.count), when(note.at)]);
    case 'compacted':
      return t(one ? 'store_note_compacted_one' : 'store_note_compacted', [n(note.count), when(note.from), when(note.to)]);
    case 'quarantined':
      return t('store_note_quarantined', [when(note.at)]);
    case 'chunk-unreadable':
      return t('popup_storage_problem');
  }
}
