/**
 * What Alexposé keeps of an official data export (Amazon "Request Your Data", Ring "Manage Your Data"): an
 * inventory of every file and a few derived facts. Never a transcript, audio, address, coordinate, Wi-Fi name,
 * IP address or e-mail body: the readers see those values and keep only counts, dates and names of devices
 * and audiences.
 */

export type ExportService = 'amazon' | 'ring' | 'unknown';

/** `read`: Alexposé knows the file and read it; `inventoried`: counted (and dated, when it is a table) only. */
export type ExportFileStatus = 'read' | 'inventoried';

export interface ExportFile {
  /** Path inside the export, cleaned of control characters and cut to 300 characters. */
  path: string;
  /** Uncompressed size as read, or as the zip declares it for a file only counted. */
  bytes: number;
  /** Data rows of a CSV (header not counted) or items of a JSON list; null for other files. */
  rows: number | null;
  status: ExportFileStatus;
  /** Earliest and latest day (YYYY-MM-DD) in the file's date-like columns, when it has any. */
  firstDate: string | null;
  lastDate: string | null;
  /** Why a file was only counted, or what is special about it (a stable code, see export-notes). */
  note: string | null;
}

export interface ExportInventory {
  service: ExportService;
  /** `amazon-data-export`, `ring-data-export` or `unrecognized-export`. */
  kind: string;
  /** The name of the zip or folder the user gave, cleaned. */
  label: string;
  readAt: string;
  files: ExportFile[];
}

/** A dated count of rows in one file. */
export interface ExportSpan {
  file: string;
  rows: number;
  firstDate: string | null;
  lastDate: string | null;
}

/** Derived facts of one export: only what the findings need, no personal values beyond device and audience names. */
export interface ExportFacts {
  service: 'amazon' | 'ring';
  /** The export's label, as in its inventory. */
  label: string;
  /** Amazon `registration.csv`: every device ever registered (`AccountName`, `FirstTimeRegistered`). */
  registeredDevices?: { file: string; names: string[]; count: number; firstDate: string | null; lastDate: string | null };
  /** Alexa voice interactions: rows of the tables that hold them and audio files under Alexa's folders. */
  voice?: { files: string[]; interactions: number; audioFiles: number; firstDate: string | null; lastDate: string | null };
  /** Alexa `Location/Country of Residence-*.csv`: the country setting's history. */
  countries?: { file: string; changes: { date: string | null; country: string }[] };
  /** Advertising audiences the account was placed in (Amazon's own and third parties'), and advertisers' audiences. */
  audiences?: { files: string[]; amazon: string[]; thirdParty: string[]; advertisers: number };
  /** Ring `RingDeviceRegistry/Device.csv`: which kinds of location data it holds (never the values). */
  ringLocation?: {
    file: string;
    devices: string[];
    coordinates: boolean;
    wifiName: boolean;
    ipAddresses: boolean;
    address: boolean;
  };
  /** Ring event logs: device events (`DeviceEvents.csv`) and app events. */
  ringEvents?: { deviceEvents: ExportSpan | null; appEvents: ExportSpan | null };
}
