/**
 * The words the data-flow picture uses for what flows (`flow_label_<id>` in the messages), and the Alexa
 * interfaces and skill permission scopes in those words. The finding modules name their labels in it.
 */

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

/** Labels once each, in FLOW_LABELS order; "device state" only when nothing more specific is known. */
export function sortLabels(labels: Iterable<FlowLabel>): FlowLabel[] {
  const set = new Set(labels);
  if (set.size > 1) set.delete('device-state');
  return FLOW_LABELS.filter((l) => set.has(l));
}
