import type { MergeNote } from '../model/merge-notes.ts';
import type { Records } from '../model/records.ts';
import type { ReportMergeNote } from '../model/report.ts';
import type { Locale, Translate } from '../i18n/translate.ts';
import { plural } from '../i18n/plural.ts';

/** The merge notes in the user's language, each naming the camera or location it is about. */
export function reportMergeNotes(notes: readonly MergeNote[], records: Records, t: Translate, locale: Locale): ReportMergeNote[] {
  const deviceName = (id: string) => records.ringDevices?.find((d) => d.id === id)?.name ?? t('merge_unnamed_device', [id]);
  const locationName = (id: string) => records.ringLocations?.find((l) => l.id === id)?.name ?? t('merge_unnamed_location', [id]);
  return notes.map((note): ReportMergeNote => {
    if (note.code === 'newer-read-failed') {
      const name = locationName(note.locationId);
      return {
        code: note.code,
        subject: { type: 'location', id: note.locationId, name },
        sources: [note.source],
        capturedAt: note.capturedAt,
        message: plural(t, locale, 'merge_newer_read_failed', note.kept, [name]),
      };
    }
    const name = deviceName(note.deviceId);
    const setting = t(`merge_field_${note.field}`);
    return {
      code: note.code,
      subject: { type: 'device', id: note.deviceId, name },
      field: note.field,
      sources: note.code === 'capture-conflict' ? note.sources : [note.source],
      capturedAt: note.capturedAt,
      message: t(note.code === 'capture-conflict' ? 'merge_capture_conflict' : 'merge_newer_unreadable', [name, setting]),
    };
  });
}
