/**
 * Who made an entry of `api/devices-v2/device`. The list holds Amazon's own devices, hardware from other makers
 * with Alexa built in, speaker groups and stereo pairs (virtual), and the Alexa apps. Evidence, read 2026-12-06:
 * aioamazondevices `src/aioamazondevices/const/devices.py` @cd4acc0 (2026-08-21: `SPEAKER_GROUP_FAMILY = "WHA"`,
 * speaker group `A3C9PE6TNYLTCH`, stereo pair `AP1F6KUH00XPV`, and the third-party types it ignores, each named
 * after its maker and issue); aioamazondevices issues #596/#605 (2025-11, ecobee `A2X8WT9JELC577`, `AA1IN44SS3X6O`);
 * tonesto7/echo-speaks #1045/#1090/#194 (ecobee with family `UNKNOWN` / `THIRD_PARTY_AVS_MEDIA_DISPLAY`);
 * peternicholls/Home-Temperature-Monitoring `debug_device.json` @4e71d21 (LG TV, `THIRD_PARTY_AVS_VIDEO_FIRST`,
 * `deviceTypeFriendlyName`).
 */

/** Virtual entries: a group of devices already listed one by one. */
const SPEAKER_GROUP_FAMILY = 'WHA';
const GROUP_DEVICE_TYPES: ReadonlySet<string> = new Set(['A3C9PE6TNYLTCH', 'AP1F6KUH00XPV']);

/** Device types of other makers' hardware with Alexa built in, with the maker the public sources name. */
const THIRD_PARTY_TYPES: Readonly<Record<string, { maker: string; kind?: 'thermostat' | 'tv' }>> = {
  A2X8WT9JELC577: { maker: 'ecobee', kind: 'thermostat' },
  AA1IN44SS3X6O: { maker: 'ecobee', kind: 'thermostat' },
  A18BI6KPKDOEI4: { maker: 'ecobee', kind: 'thermostat' },
  AUPUQSVCVHXP0: { maker: 'ecobee' },
  A2TTLILJHVNI9X: { maker: 'LG', kind: 'tv' },
  A1NQ0LXWBGVQS9: { maker: 'Samsung', kind: 'tv' },
  A1P7E7V3FCZKU6: { maker: 'Toshiba', kind: 'tv' },
  AN630UQPG2CA4: { maker: 'Insignia', kind: 'tv' },
  A133UZ2CB0IB8: { maker: 'Sony' },
  A189LTZOO5ZTGA: { maker: 'Sony' },
  A1L4KDRIILU6N9: { maker: 'Sony' },
  A23ZD3FSVQM5EE: { maker: 'Sony' },
  A3GZUE7F9MEB4U: { maker: 'Sony' },
  A7S41FQ5TWBC9: { maker: 'Sony' },
  A14AIWB3T3AS1Z: { maker: 'Samsung' },
  A3KOTUS4DKHU1W: { maker: 'Samsung' },
  APHEAY6LX7T13: { maker: 'Samsung' },
  A15ERDAKK5HQQG: { maker: 'Sonos' },
  A21Z3CGI8UIP0F: { maker: 'Denon' },
  A28X5U5THTXXM1: { maker: 'Jabra' },
  A2IJJ9QXVOSYK0: { maker: 'JBL' },
  A2Y04QPFCANLPQ: { maker: 'Bose' },
  A3BW5ZVFHRCQPO: { maker: 'BMW' },
  AHL4H6CKH3AUP: { maker: 'BMW' },
  A1X5IB2CRN3E8G: { maker: 'Fitbit' },
  A2M9HB23M9MSSM: { maker: 'Amazfit' },
  AYHO3NTIQQ04G: { maker: 'Nextbase' },
  A1NPP2J03FTS0I: { maker: 'eero' },
  A3PAHYZLPKL73D: { maker: 'eero' },
};

export interface DeviceMaker {
  /** `Amazon`, a named maker, `null` = another company (Alexa built in, maker not stated), `''` = not known. */
  maker: string | null;
  thirdParty: boolean;
  kind: 'thermostat' | 'tv' | null;
}

/**
 * Amazon only for Amazon's own families. `THIRD_PARTY_AVS_*` is other hardware with Alexa built in; so is
 * `UNKNOWN` (or any family) with a known third-party type. `UNKNOWN` with an unknown type is "not known", never Amazon.
 */
export function makerOf(family: string | null, deviceType: string | null): DeviceMaker {
  const known = deviceType ? THIRD_PARTY_TYPES[deviceType] : undefined;
  const videoFirst = family !== null && /^THIRD_PARTY_AVS_VIDEO/.test(family);
  if (known) return { maker: known.maker, thirdParty: true, kind: known.kind ?? (videoFirst ? 'tv' : null) };
  if (family !== null && family.startsWith('THIRD_PARTY')) return { maker: null, thirdParty: true, kind: videoFirst ? 'tv' : null };
  if (family === null || family === 'UNKNOWN') return { maker: '', thirdParty: false, kind: null };
  return { maker: 'Amazon', thirdParty: false, kind: null };
}

export function isGroupEntry(family: string | null, deviceType: string | null, clusterMembers: unknown): boolean {
  return (
    family === SPEAKER_GROUP_FAMILY ||
    (deviceType !== null && GROUP_DEVICE_TYPES.has(deviceType)) ||
    (Array.isArray(clusterMembers) && clusterMembers.length > 0)
  );
}
