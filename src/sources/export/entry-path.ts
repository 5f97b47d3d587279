/**
 * Names of files inside an export are untrusted: they may climb out of the folder (`../`), be absolute, carry
 * control characters or be very long. Alexposé never writes them to disk, but it names such entries as unsafe
 * and does not read them, and cleans every name before it is kept or shown.
 */
const MAX_PATH = 300;

export function isUnsafePath(name: string): boolean {
  if (name === '' || name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name)) return true;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(name)) return true;
  return name.split(/[/\\]/).some((part) => part === '..');
}

/** The name as it may be kept: control and invisible characters removed, backslashes as slashes, cut to 300. */
export function cleanPath(name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '').replace(/\\/g, '/');
  return clean.length > MAX_PATH ? `${clean.slice(0, MAX_PATH - 1)}…` : clean;
}

/** What Alexposé does with a file by its kind: tables are read row by row; media and unknown files are only counted. */
export type EntryKind = 'csv' | 'json' | 'audio' | 'media' | 'text' | 'archive' | 'other';

export function entryKind(path: string): EntryKind {
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(path)?.[1]?.toLowerCase() ?? '';
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  if (ext === 'json') return 'json';
  if (['wav', 'mp3', 'ogg', 'opus', 'flac', 'm4a', 'aac', 'amr'].includes(ext)) return 'audio';
  if (['jpg', 'jpeg', 'png', 'gif', 'heic', 'mp4', 'mov', 'pdf', 'webp'].includes(ext)) return 'media';
  if (['txt', 'md', 'html', 'htm', 'xml'].includes(ext)) return 'text';
  if (['zip', 'gz', 'tar', '7z'].includes(ext)) return 'archive';
  return 'other';
}

/** The file's own name (after the last slash). */
export const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
