import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { SourceResult } from '../model/records.ts';
import { serviceOfPaths } from '../sources/export/known-files.ts';

/** Bytes the CLI reads at a time from an export: memory stays at a few of these, whatever the zip's size. */
const CHUNK = 1024 * 1024;
/** Files taken from an unzipped export folder (a real export has hundreds). */
const MAX_FOLDER_FILES = 100_000;

/**
 * An official data export given to the CLI: a zip (by its first bytes, or a `.zip` name, so a 0-byte or
 * damaged zip gets the export reader's own error) or an unzipped export folder (one holding files Amazon or Ring
 * are known to export). Null when the input is neither,
 * so the saved-file readers take it. Zips are read as a stream, never whole.
 */
export async function readExportInput(path: string, now: string): Promise<SourceResult | null> {
  let info;
  try {
    info = await stat(path);
  } catch {
    return null;
  }
  const label = basename(path);
  if (info.isDirectory()) {
    const files = await listFiles(path);
    // Only a folder that holds files an export is known to have is read as one; any other stays "a directory".
    if (serviceOfPaths(files.map((file) => relative(path, file))) === 'unknown') return null;
    const inputs = await Promise.all(
      files.map(async (file) => ({
        path: relative(path, file),
        size: (await stat(file).catch(() => null))?.size,
        chunks: () => createReadStream(file, { highWaterMark: CHUNK }),
      })),
    );
    const { readExportFiles } = await exportReader();
    return readExportFiles(label, inputs, now);
  }
  if (!info.isFile()) return null;
  if (!/\.zip$/i.test(path) && !(await startsLikeZip(path))) return null;
  const { readExportZip } = await exportReader();
  return readExportZip(label, createReadStream(path, { highWaterMark: CHUNK }), now);
}

/** The export reader (zip inflating, CSV tables) is loaded only when an export is given: a HAR or JSON scan starts without it. */
const exportReader = () => import('../sources/export/read-export.ts');

async function startsLikeZip(path: string): Promise<boolean> {
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return false;
  try {
    const head = new Uint8Array(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
  } finally {
    await handle.close();
  }
}

/** Regular files under a folder, symbolic links not followed (an export has none; a link could lead anywhere). */
async function listFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      if (out.length >= MAX_FOLDER_FILES) return;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) out.push(full);
    }
  };
  await walk(root);
  return out.sort();
}
