import type { Service } from './diagnostics.ts';

/**
 * A switch or feature block Alexposé found on a page or in a document it reads, but has no meaning for.
 * Kept so that the next default a vendor switches on is shown rather than dropped; never scored.
 */
export interface UnknownSetting {
  service: Service;
  /** The label as the page shows it, or the feature's key in a device document (bounded like every stored name). */
  label: string;
  state: 'on' | 'off' | null;
  /** The page path or the document (URL path or file label) it was read from. */
  where: string;
  /** The device the document is about, for per-device feature blocks. */
  deviceId?: string;
  deviceName?: string;
  /** ISO time of the capture it was read from (set once per capture by the source router). */
  readAt?: string;
}
