import type { SourceResult } from '../../model/records.ts';
import { readExportFiles, readExportZip, type ByteChunks } from '../../sources/export/read-export.ts';

/**
 * Splits what the user dropped or chose: zips are data exports (each read as a stream from File.stream(), never
 * loaded whole); files of a chosen folder, and loose CSV files, are one unzipped export; everything else goes to
 * the saved-file readers (HAR, JSON, HTML).
 */
export interface DroppedExports {
  results: { file: string; result: SourceResult }[];
  rest: File[];
}

const isZip = (file: File) => /\.zip$/i.test(file.name) || file.type === 'application/zip' || file.type === 'application/x-zip-compressed';
/** A file picked with its folder (`webkitdirectory`) carries its path inside that folder. */
const folderPath = (file: File) => (file.webkitRelativePath && file.webkitRelativePath.includes('/') ? file.webkitRelativePath : '');

export async function readDroppedExports(files: readonly File[], now: string): Promise<DroppedExports> {
  const results: DroppedExports['results'] = [];
  const loose: File[] = [];
  const rest: File[] = [];
  for (const file of files) {
    if (isZip(file)) results.push({ file: file.name, result: await readExportZip(file.name, fileChunks(file), now) });
    else if (folderPath(file) || /\.csv$/i.test(file.name)) loose.push(file);
    else rest.push(file);
  }
  if (loose.length > 0) {
    // A folder's name is the export's label; loose files are labelled by the first one's name.
    const first = loose[0] as File;
    const label = folderPath(first).split('/')[0] || first.name;
    const inputs = loose.map((file) => ({
      path: folderPath(file).split('/').slice(1).join('/') || file.name,
      size: file.size,
      chunks: () => fileChunks(file),
    }));
    results.push({ file: label, result: await readExportFiles(label, inputs, now) });
  }
  return { results, rest };
}

/** A File's bytes as they are read from disk: one chunk at a time through its stream's reader. */
async function* fileChunks(file: Blob): ByteChunks {
  const reader = file.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
