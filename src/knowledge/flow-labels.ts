/**
 * What each finding says flows to Amazon or Ring, as label ids (`flow_label_<id>` in the messages): per finding,
 * per Alexa interface and per skill permission scope. Knowledge, not drawing: the data-flow picture reads it.
 */
import type { ReportFinding } from '../model/report.ts';

/** What flows along an edge, in the order labels are listed. Message key: `flow_label_<id with _>`. */
export const FLOW_LABELS = [
  'video',
  'live-view',
  'snapshots',
  'faces',
  'video-text',
  'sound',
  'voice',
  'messages',
  'sound-events',
  'presence',
  'motion',
  'lock-state',
  'door-access',
  'door-window',
  'alarm-state',
  'doorbell',
  'temperature',
  'air-quality',
  'on-off',
  'brightness',
  'energy-use',
  'media',
  'health',
  'address',
  'location',
  'name',
  'contact-details',
  'lists',
  'posts',
  'device-list',
  'device-use',
  'account-access',
  'account-data',
  'network',
  'device-state',
] as const;
export type FlowLabel = (typeof FLOW_LABELS)[number];

export function flowLabelKey(label: FlowLabel): string {
  return `flow_label_${label.replace(/-/g, '_')}`;
}

/** What flows, per finding id (findings about Alexa interfaces and skill permissions are derived from details). */
const FINDING_LABELS: Record<string, readonly FlowLabel[]> = {
  'ring.e2ee-off': ['video'],
  'ring.cloud-video-storage': ['video'],
  'ring.audio-recording': ['sound'],
  'ring.shared-with-you': ['video'],
  'ring.sidewalk': ['network'],
  'ring.shared-users': ['video'],
  'ring.authorized-devices': ['account-access'],
  'ring.linked-accounts': ['account-access'],
  'ring.alexa-link': ['device-list'],
  'ring.neighbors': ['posts'],
  'ring.community-requests': ['video'],
  'ring.search-party': ['video'],
  'ring.familiar-faces': ['faces'],
  'ring.ai-video-descriptions': ['video-text'],
  'ring.snapshot-capture': ['snapshots'],
  'ring.location-precise': ['address'],
  'ring.key-by-amazon': ['door-access'],
  'ring.monitoring-video-verification': ['video'],
  'alexa.skill-device': ['device-state'],
  'alexa.presence-detection': ['presence'],
  'alexa.sound-detection': ['sound-events'],
  'alexa.camera-remote-view': ['live-view'],
  'alexa.voice-history': ['voice'],
  'alexa.voice-retention': ['voice'],
  'alexa.human-review': ['voice'],
  'alexa.message-transcription': ['messages'],
  'alexa.household-profiles': ['account-access'],
  'amazon.connected-app': ['account-data'],
  'amazon.sidewalk': ['network'],
  'amazon.registered-device': ['device-use'],
};

/** Voice findings are about the account, but the voice comes from the Echos: drawn from them when known. */
export const VOICE_FINDINGS: ReadonlySet<string> = new Set(['alexa.voice-history', 'alexa.voice-retention', 'alexa.human-review']);

/** Recipients that are the subject itself, not someone further on (a registered device is a logged-in device). */
export const SELF_RECIPIENT: Record<string, string> = { 'amazon.registered-device': 'logged-in-devices' };

/** Alexa interfaces in words: the first matching prefix wins; unknown interfaces are "device state". */
const INTERFACE_LABELS: readonly [string, FlowLabel][] = [
  ['Alexa.ThermostatController', 'temperature'],
  ['Alexa.TemperatureSensor', 'temperature'],
  ['Alexa.Cooking', 'temperature'],
  ['Alexa.LockController', 'lock-state'],
  ['Alexa.EndpointHealth', 'health'],
  ['Alexa.BatteryLevelSensor', 'health'],
  ['Alexa.PowerController', 'on-off'],
  ['Alexa.PowerLevelController', 'on-off'],
  ['Alexa.ToggleController', 'on-off'],
  ['Alexa.WakeOnLANController', 'on-off'],
  ['Alexa.BrightnessController', 'brightness'],
  ['Alexa.ColorController', 'brightness'],
  ['Alexa.ColorTemperatureController', 'brightness'],
  ['Alexa.MotionSensor', 'motion'],
  ['Alexa.ContactSensor', 'door-window'],
  ['Alexa.EventDetectionSensor', 'presence'],
  ['Alexa.AcousticEventSensor', 'sound-events'],
  ['Alexa.SecurityPanelController', 'alarm-state'],
  ['Alexa.KeypadController', 'alarm-state'],
  ['Alexa.DoorbellEventSource', 'doorbell'],
  ['Alexa.CameraStreamController', 'video'],
  ['Alexa.Camera', 'video'],
  ['Alexa.RTCSessionController', 'video'],
  ['Alexa.MediaUploadManager', 'video'],
  ['Alexa.RecordController', 'video'],
  ['Alexa.SmartVision', 'video'],
  ['Alexa.AirQuality', 'air-quality'],
  ['Alexa.DeviceUsage', 'energy-use'],
  ['Alexa.Speaker', 'media'],
  ['Alexa.StepSpeaker', 'media'],
  ['Alexa.Playback', 'media'],
  ['Alexa.ChannelController', 'media'],
  ['Alexa.InputController', 'media'],
  ['Alexa.MediaMetadata', 'media'],
  ['Alexa.Launcher', 'media'],
  ['Alexa.EqualizerController', 'media'],
  ['Alexa.SeekController', 'media'],
];

export function interfaceLabel(name: string): FlowLabel {
  const hit = INTERFACE_LABELS.find(([prefix]) => name.startsWith(prefix));
  return hit ? hit[1] : 'device-state';
}

/** A skill permission scope in words (`alexa::devices:all:address:full:read` → address). */
export function permissionLabel(scope: string): FlowLabel {
  const s = scope.toLowerCase();
  if (s.includes('address') || s.includes('postal')) return 'address';
  if (s.includes('location')) return 'location';
  if (s.includes('email') || s.includes('mobile') || s.includes('phone')) return 'contact-details';
  if (s.includes('name')) return 'name';
  if (s.includes('list')) return 'lists';
  return 'account-data';
}

/** What a finding says flows, as label ids. */
export function findingLabels(finding: ReportFinding): FlowLabel[] {
  if (finding.id === 'alexa.state-reporting' || finding.id === 'alexa.state-queryable') {
    const names = String(finding.details['interfaces'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    return sortLabels(names.length > 0 ? names.map(interfaceLabel) : ['device-state']);
  }
  if (finding.id === 'alexa.skill-permission') return [permissionLabel(String(finding.details['permission'] ?? ''))];
  return [...(FINDING_LABELS[finding.id] ?? ['device-state'])];
}

/** Labels once each, in FLOW_LABELS order; "device state" only when nothing more specific is known. */
export function sortLabels(labels: Iterable<FlowLabel>): FlowLabel[] {
  const set = new Set(labels);
  if (set.size > 1) set.delete('device-state');
  return FLOW_LABELS.filter((l) => set.has(l));
}
