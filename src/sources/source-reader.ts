import type { Capture } from '../model/capture.ts';
import type { Records } from '../model/records.ts';
import type { Service } from '../model/diagnostics.ts';
import type { JsonReader } from './json-reader.ts';

/** One reader of one kind of input. `matches` decides by URL and capture kind; `sniff` by content when there is no URL. */
export interface SourceReader {
  id: string;
  service: Service;
  kind: string;
  matches(capture: Capture, url: URL | null): boolean;
  sniff(body: unknown): boolean;
  read(capture: Capture, url: URL | null, reader: JsonReader): Records;
}
