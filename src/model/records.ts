import type { RingDevice, RingDeviceSettings } from './ring.ts';
import type { SourceInfo } from './diagnostics.ts';

/** What all sources together read. Each list is optional: absent means "no source of that kind was read". */
export interface Records {
  ringDevices?: RingDevice[];
  ringDeviceSettings?: RingDeviceSettings[];
}

/** The output of one source over one capture. */
export interface SourceResult {
  source: SourceInfo;
  records: Records;
}
