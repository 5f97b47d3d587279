import type { ExportFacts, ExportSpan } from '../../model/export.ts';
import { baseName } from './entry-path.ts';
import { DayRange, dayOf, isDateColumnName } from './date-values.ts';

/**
 * The files of an export Alexposé knows, by public descriptions (docs/knowledge-sources-exports.md), and what it
 * keeps of each: counts, dates, device names, audience names, and for Ring's device registry only WHICH kinds of
 * location data it holds. A reader sees every cell and keeps nothing else; none of them logs.
 */
export interface TableReader {
  header(columns: string[]): void;
  row(cells: string[]): void;
  /** Hands over what was kept; false when the table turned out not to be the kind the reader knows. */
  finish(facts: FactsDraft): boolean;
}

/** The facts of one export while its files are read. */
export type FactsDraft = Omit<ExportFacts, 'service' | 'label'>;

const MAX_NAMES = 500;
const MAX_NAME_CHARS = 100;

/** A kept name: trimmed, invisible characters removed, cut. */
function keptName(value: string): string | null {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '').trim();
  if (!clean) return null;
  return clean.length > MAX_NAME_CHARS ? `${clean.slice(0, MAX_NAME_CHARS - 1)}…` : clean;
}

const columnIndex = (columns: string[], test: RegExp) => columns.findIndex((c) => test.test(c.trim()));

/** Counts rows and dates of the date-like columns; the base of every known reader. */
class DatedRows {
  rows = 0;
  readonly range = new DayRange();
  private dateColumns: number[] = [];
  header(columns: string[]): void {
    this.dateColumns = columns.flatMap((c, i) => (isDateColumnName(c) ? [i] : []));
  }
  row(cells: string[]): void {
    this.rows++;
    for (const i of this.dateColumns) this.range.add(dayOf(cells[i] ?? ''));
  }
  span(file: string): ExportSpan {
    return { file, rows: this.rows, firstDate: this.range.first, lastDate: this.range.last };
  }
}

/** Amazon `registration.csv` (ccpa.party): `AccountName` per device ever registered, `FirstTimeRegistered`. */
function registrationReader(file: string): TableReader {
  const dated = new DatedRows();
  const names = new Set<string>();
  let nameColumn = -1;
  return {
    header(columns) {
      dated.header(columns);
      nameColumn = columnIndex(columns, /^AccountName$/i);
    },
    row(cells) {
      dated.row(cells);
      const name = nameColumn >= 0 ? keptName(cells[nameColumn] ?? '') : null;
      if (name && names.size < MAX_NAMES) names.add(name);
    },
    finish(facts) {
      facts.registeredDevices = { file, names: [...names], count: dated.rows, firstDate: dated.range.first, lastDate: dated.range.last };
      return true;
    },
  };
}

/** Alexa `Location/Country of Residence-*.csv` (ccpa.party): `Timestamp`, `Country`. */
function countryReader(file: string): TableReader {
  const changes: { date: string | null; country: string }[] = [];
  let time = -1;
  let country = -1;
  return {
    header(columns) {
      time = columnIndex(columns, /^Timestamp$/i);
      country = columnIndex(columns, /^Country$/i);
    },
    row(cells) {
      const name = country >= 0 ? keptName(cells[country] ?? '') : null;
      if (name && changes.length < MAX_NAMES) changes.push({ date: time >= 0 ? dayOf(cells[time] ?? '') : null, country: name });
    },
    finish(facts) {
      const earlier = facts.countries?.changes ?? [];
      const all = [...earlier, ...changes].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
      facts.countries = { file: facts.countries ? `${facts.countries.file}, ${file}` : file, changes: all };
      return true;
    },
  };
}

/** Advertising audiences (hudi-packages-connectors): one audience or advertiser per row, in a column named for it. */
const AUDIENCE_COLUMNS = {
  amazon: /^Amazon Audiences in which you are included$/i,
  thirdParty: /^Audiences in which you are included via 3rd Parties$/i,
  advertisers: /^Advertisers who brought audiences in which you are included$/i,
} as const;

function audienceReader(file: string, kind: keyof typeof AUDIENCE_COLUMNS): TableReader {
  const names = new Set<string>();
  let rows = 0;
  let column = 0;
  return {
    header(columns) {
      // The public parser names the column; an export that renamed it is still read from its first column.
      column = Math.max(0, columnIndex(columns, AUDIENCE_COLUMNS[kind]));
    },
    row(cells) {
      const name = keptName(cells[column] ?? '');
      if (!name) return;
      rows++;
      if (names.size < MAX_NAMES) names.add(name);
    },
    finish(facts) {
      const a = facts.audiences ?? { files: [], amazon: [], thirdParty: [], advertisers: 0 };
      a.files.push(file);
      if (kind === 'advertisers') a.advertisers += rows;
      else a[kind] = [...new Set([...a[kind], ...names])].slice(0, MAX_NAMES);
      facts.audiences = a;
      return true;
    },
  };
}

/**
 * A table of Alexa voice interactions. Amazon's file names for them are not public: a CSV under an Alexa folder
 * with a transcript-like column is taken as one. Only its rows and dates are kept, never a cell of it.
 */
const TRANSCRIPT_COLUMN = /transcript|utterance|customer.?said|said|voice|request.?text|question/i;

function voiceReader(file: string): TableReader {
  const dated = new DatedRows();
  let isVoice = false;
  return {
    header(columns) {
      dated.header(columns);
      isVoice = columns.some((c) => TRANSCRIPT_COLUMN.test(c));
    },
    row(cells) {
      if (isVoice) dated.row(cells);
    },
    finish(facts) {
      if (!isVoice) return false;
      const v = facts.voice ?? { files: [], interactions: 0, audioFiles: 0, firstDate: null, lastDate: null };
      v.files.push(file);
      v.interactions += dated.rows;
      const range = new DayRange();
      for (const d of [v.firstDate, v.lastDate, dated.range.first, dated.range.last]) range.add(d);
      facts.voice = { ...v, firstDate: range.first, lastDate: range.last };
      return true;
    },
  };
}

/**
 * Ring `RingDeviceRegistry/Device.csv`: per public descriptions it holds device names, the address, coordinates,
 * the Wi-Fi name (SSID) and IP addresses. Its column names are not public, so they are recognised by meaning.
 * A kind counts only when some row has a value in it; the values themselves are dropped here.
 */
const RING_COLUMNS = {
  coordinates: /^(lat|latitude|lng|lon|long|longitude|coordinates?|geo.*|.*[_ .-](lat|latitude|lng|lon|longitude))$/i,
  wifiName: /ssid|wi-?fi|wlan|network[_ .-]?name/i,
  ipAddresses: /(^|[_ .-])ip([_ .-]|$)|ip[_ .-]?addr|^ip$|ipv[46]/i,
  address: /^(?!.*(e-?mail|mac|ip)[_ .-]?address).*(address|street|postal|zip[_ .-]?code)/i,
} as const;
type RingKind = keyof typeof RING_COLUMNS;
const DEVICE_NAME = /^(device[_ .-]?)?(name|description)$/i;

function ringDeviceReader(file: string): TableReader {
  const columnsOf: Record<RingKind, number[]> = { coordinates: [], wifiName: [], ipAddresses: [], address: [] };
  const held: Record<RingKind, boolean> = { coordinates: false, wifiName: false, ipAddresses: false, address: false };
  const names = new Set<string>();
  let nameColumn = -1;
  return {
    header(columns) {
      for (const kind of Object.keys(RING_COLUMNS) as RingKind[]) columnsOf[kind] = columns.flatMap((c, i) => (RING_COLUMNS[kind].test(c.trim()) ? [i] : []));
      nameColumn = columnIndex(columns, DEVICE_NAME);
    },
    row(cells) {
      for (const kind of Object.keys(columnsOf) as RingKind[])
        if (!held[kind] && columnsOf[kind].some((i) => (cells[i] ?? '').trim() !== '')) held[kind] = true;
      const name = nameColumn >= 0 ? keptName(cells[nameColumn] ?? '') : null;
      if (name && names.size < MAX_NAMES) names.add(name);
    },
    finish(facts) {
      facts.ringLocation = { file, devices: [...names], ...held };
      return true;
    },
  };
}

function ringEventsReader(file: string, which: 'deviceEvents' | 'appEvents'): TableReader {
  const dated = new DatedRows();
  return {
    header: (columns) => dated.header(columns),
    row: (cells) => dated.row(cells),
    finish(facts) {
      const events = facts.ringEvents ?? { deviceEvents: null, appEvents: null };
      const before = events[which];
      const span = dated.span(file);
      if (before) {
        const range = new DayRange();
        for (const d of [before.firstDate, before.lastDate, span.firstDate, span.lastDate]) range.add(d);
        events[which] = { file: `${before.file}, ${file}`, rows: before.rows + span.rows, firstDate: range.first, lastDate: range.last };
      } else events[which] = span;
      facts.ringEvents = events;
      return true;
    },
  };
}

/** The reader for a known table, or null: an unknown table is still counted and dated by the inventory. */
export function knownTableReader(path: string): TableReader | null {
  const name = baseName(path);
  if (/^registration\.csv$/i.test(name)) return registrationReader(path);
  if (/^Country of Residence.*\.csv$/i.test(name)) return countryReader(path);
  if (/^Advertising\.AmazonAudiences\.csv$/i.test(name)) return audienceReader(path, 'amazon');
  if (/^Advertising\.3PAudiences\.csv$/i.test(name)) return audienceReader(path, 'thirdParty');
  if (/^Advertising\.AdvertiserAudiences\.csv$/i.test(name)) return audienceReader(path, 'advertisers');
  if (/^Device\.csv$/i.test(name) && /(^|\/)RingDeviceRegistry\//i.test(path)) return ringDeviceReader(path);
  if (/^DeviceEvents\.csv$/i.test(name)) return ringEventsReader(path, 'deviceEvents');
  if (/app[_ .-]?events?.*\.csv$/i.test(name)) return ringEventsReader(path, 'appEvents');
  if (/alexa/i.test(path) && /\.csv$/i.test(name)) return voiceReader(path);
  return null;
}

/** An audio file of Alexa's voice recordings: counted, never opened. */
export const isVoiceAudio = (path: string) => /alexa|voice/i.test(path);

/** Which service an export is, by the files public descriptions name. */
export function serviceOfPaths(paths: readonly string[]): 'amazon' | 'ring' | 'unknown' {
  let ring = 0;
  let amazon = 0;
  for (const path of paths) {
    const name = baseName(path);
    if (/^DeviceEvents\.csv$/i.test(name) || /(^|\/)RingDeviceRegistry\//i.test(path)) ring++;
    if (
      /^FileDescriptions\.csv$/i.test(name) ||
      /^registration\.csv$/i.test(name) ||
      /^Country of Residence/i.test(name) ||
      /^Advertising\./i.test(name) ||
      /(^|\/)(Alexa|Devices\.Registration|Advertising\.\d+|Retail\.|Digital\.)/i.test(path)
    )
      amazon++;
  }
  if (ring === 0 && amazon === 0) return 'unknown';
  return ring >= amazon ? 'ring' : 'amazon';
}

/** The facts of a finished export, or null when no known file was read. */
export function finishedFacts(service: 'amazon' | 'ring' | 'unknown', label: string, draft: FactsDraft): ExportFacts | null {
  if (service === 'unknown' || Object.keys(draft).length === 0) return null;
  return { service, label, ...draft };
}
