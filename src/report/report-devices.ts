import type { Records } from '../model/records.ts';
import type { ReportDevice, ReportDeviceCategory } from '../model/report.ts';
import type { AlexaEchoDevice } from '../model/alexa.ts';
import { makerOf } from '../sources/alexa/alexa-device-makers.ts';

/** Words the device list needs in the report's language. */
export interface DeviceLabels {
  /** Maker of hardware with Alexa built in whose maker the answer does not name ("another company, Alexa built in"). */
  alexaBuiltIn: string;
}

/** Every device the records know, once, with the path its data takes. */
export function reportDevices(records: Records, labels: DeviceLabels = { alexaBuiltIn: 'another company, Alexa built in' }): ReportDevice[] {
  const ring: ReportDevice[] = (records.ringDevices ?? []).map((d) => ({
    id: d.id,
    service: 'ring',
    name: d.name,
    category: d.category,
    maker: d.maker,
    via: d.sharedWithYou
      ? { kind: 'shared-by-owner', id: d.owner?.id ?? 'unknown', name: d.owner?.name ?? '' }
      : { kind: 'vendor-cloud', id: 'ring', name: 'Ring' },
    owned: d.owned,
    ...(d.settingsOnly ? { knownOnlyBySettings: true as const } : {}),
  }));
  const echoes: ReportDevice[] = (records.alexaDevices ?? []).map((d) => ({
    id: d.serial,
    service: 'alexa',
    name: d.name,
    category: echoCategory(d),
    // Scans stored before makers were read have none: those lists held Amazon's devices as Alexposé read them then.
    maker: d.maker === undefined ? 'Amazon' : (d.maker ?? labels.alexaBuiltIn),
    via: { kind: 'amazon-device', id: d.serial, name: 'Amazon' },
    owned: true,
  }));
  const serials = new Set(echoes.map((e) => e.id));
  const endpoints: ReportDevice[] = (records.alexaEndpoints ?? [])
    .filter((e) => !(e.path.kind === 'amazon-device' && e.path.id && serials.has(e.path.id)))
    .map((e) => {
      const skill = e.path.kind === 'skill' && e.path.id ? (records.alexaSkills ?? []).find((s) => s.skillId === e.path.id) : undefined;
      return {
        id: e.id,
        service: 'alexa',
        name: e.name,
        category: categoryOf(e.category),
        maker: e.maker ?? '',
        via: { kind: e.path.kind, id: e.path.id ?? '', name: skill?.title ?? (e.path.kind === 'skill' ? (e.maker ?? '') : 'Amazon') },
        owned: null,
      };
    });
  return [...ring, ...echoes, ...endpoints];
}

/** Amazon's own devices by family; other makers' hardware by what the device type is known to be. */
function echoCategory(d: AlexaEchoDevice): ReportDeviceCategory {
  if (d.maker !== undefined && d.maker !== 'Amazon') {
    const kind = makerOf(d.family, d.deviceType).kind;
    return kind ?? 'other';
  }
  return d.family === 'KNIGHT' || d.capabilities.includes('LIVE_VIEW') ? 'smart-display' : 'smart-speaker';
}

const CATEGORIES: Record<string, ReportDeviceCategory> = {
  THERMOSTAT: 'thermostat',
  SMARTLOCK: 'lock',
  LIGHT: 'light',
  SMARTPLUG: 'plug',
  SWITCH: 'plug',
  CAMERA: 'camera',
  DOORBELL: 'doorbell',
  CONTACT_SENSOR: 'sensor',
  MOTION_SENSOR: 'sensor',
  TEMPERATURE_SENSOR: 'sensor',
  AIR_QUALITY_MONITOR: 'sensor',
  TV: 'tv',
  SECURITY_PANEL: 'security-panel',
  ALEXA_VOICE_ENABLED: 'smart-speaker',
};

function categoryOf(raw: string | null): ReportDeviceCategory {
  return (raw && CATEGORIES[raw.toUpperCase()]) || 'other';
}
