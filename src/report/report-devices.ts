import type { Records } from '../model/records.ts';
import type { ReportDevice, ReportDeviceCategory } from '../model/report.ts';

/** Every device the records know, once, with the path its data takes. */
export function reportDevices(records: Records): ReportDevice[] {
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
    category: d.family === 'KNIGHT' || d.capabilities.includes('LIVE_VIEW') ? 'smart-display' : 'smart-speaker',
    maker: 'Amazon',
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
