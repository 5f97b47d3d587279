import type { Records } from '../model/records.ts';
import type { RingDevice } from '../model/ring.ts';

/**
 * Settings documents (`devices/v1/devices/{id}/settings`) of a camera that no device list names (the list was not
 * read, failed, or was lost) still say what Ring does with its videos. Each becomes a camera named by `nameOf`
 * ("an unnamed camera (id …)"), marked `settingsOnly`, so its findings and police path are shown and the coverage
 * says the device list was not read, instead of the settings being ignored (issue 25.4). Records are not changed.
 */
export function withOrphanCameras(records: Records, nameOf: (id: string) => string): Records {
  const listed = new Set((records.ringDevices ?? []).map((d) => d.id));
  const orphans = new Map<string, RingDevice>();
  for (const s of records.ringDeviceSettings ?? []) {
    if (listed.has(s.deviceId) || orphans.has(s.deviceId)) continue;
    orphans.set(s.deviceId, {
      id: s.deviceId,
      name: nameOf(s.deviceId),
      kind: null,
      group: 'other',
      category: 'camera',
      maker: 'Ring',
      scope: 'settings-only',
      owned: null,
      sharedWithYou: false,
      owner: null,
      locationId: null,
      hasCamera: true,
      isSidewalkGateway: null,
      sidewalkConnected: null,
      audioRecording: null,
      subscribed: null,
      settingsOnly: true,
    });
  }
  return orphans.size === 0 ? records : { ...records, ringDevices: [...(records.ringDevices ?? []), ...orphans.values()] };
}
