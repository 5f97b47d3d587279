import type { SourceId } from '../model/source-ids.ts';
import type { Capture } from '../model/capture.ts';
import type { Records } from '../model/records.ts';
import type { Service } from '../model/diagnostics.ts';
import type { JsonReader } from './json-reader.ts';

/**
 * One reader of one kind of input. `matches` decides by URL and capture kind; `sniff` by content when there is no URL.
 * A reader is written as a `SourceReader` (its id from the registry, `SOURCE`); lists of readers are handed on as
 * `SourceReader<string>`, since their ids are compared with stored ones, which may come from a newer version.
 */
export interface SourceReader<Id extends string = SourceId> {
  id: Id;
  service: Service;
  kind: string;
  matches(capture: Capture, url: URL | null): boolean;
  sniff(body: unknown): boolean;
  read(capture: Capture, url: URL | null, reader: JsonReader): Records;
}
