/**
 * Every finding Alexposé reads, one module each (check, catalog entry, flow labels, where it is fixed), in the
 * order the checks run. `npm run new:finding -- <service>.<name>` writes a module and adds its line here.
 */
import { e2eeOff } from './ring/e2ee-off.ts';
import { cloudVideoStorage } from './ring/cloud-video-storage.ts';
import { audioRecording } from './ring/audio-recording.ts';
import { sharedUsers } from './ring/shared-users.ts';
import { sharedWithYou } from './ring/shared-with-you.ts';
import { authorizedDevices } from './ring/authorized-devices.ts';
import { linkedAccounts } from './ring/linked-accounts.ts';
import { alexaLink } from './ring/alexa-link.ts';
import { sidewalk } from './ring/sidewalk.ts';
import { neighbors } from './ring/neighbors.ts';
import { communityRequests } from './ring/community-requests.ts';
import { searchParty } from './ring/search-party.ts';
import { familiarFaces } from './ring/familiar-faces.ts';
import { aiVideoDescriptions } from './ring/ai-video-descriptions.ts';
import { snapshotCapture } from './ring/snapshot-capture.ts';
import { locationPrecise } from './ring/location-precise.ts';
import { keyByAmazon } from './ring/key-by-amazon.ts';
import { monitoringVideoVerification } from './ring/monitoring-video-verification.ts';
import { twoStepOff } from './ring/two-step-off.ts';
import { stateReporting } from './alexa/state-reporting.ts';
import { stateQueryable } from './alexa/state-queryable.ts';
import { skillDevice } from './alexa/skill-device.ts';
import { presenceDetection } from './alexa/presence-detection.ts';
import { soundDetection } from './alexa/sound-detection.ts';
import { cameraRemoteView } from './alexa/camera-remote-view.ts';
import { voiceHistory } from './alexa/voice-history.ts';
import { voiceRetention } from './alexa/voice-retention.ts';
import { humanReview } from './alexa/human-review.ts';
import { messageTranscription } from './alexa/message-transcription.ts';
import { skillPermission } from './alexa/skill-permission.ts';
import { householdProfiles } from './alexa/household-profiles.ts';
import { connectedApp } from './amazon/connected-app.ts';
import { amazonSidewalk } from './amazon/sidewalk.ts';
import { registeredDevice } from './amazon/registered-device.ts';
import { deviceAddress } from './alexa/device-address.ts';
import { exportRegisteredDevices } from './amazon/export-registered-devices.ts';
import { exportVoiceHistory } from './amazon/export-voice-history.ts';
import { exportCountryHistory } from './amazon/export-country-history.ts';
import { exportAdAudiences } from './amazon/export-ad-audiences.ts';
import { exportLocationData } from './ring/export-location-data.ts';
import { exportEventLog } from './ring/export-event-log.ts';

export const FINDINGS = [
  e2eeOff,
  cloudVideoStorage,
  audioRecording,
  sharedUsers,
  sharedWithYou,
  authorizedDevices,
  linkedAccounts,
  alexaLink,
  sidewalk,
  neighbors,
  communityRequests,
  searchParty,
  familiarFaces,
  aiVideoDescriptions,
  snapshotCapture,
  locationPrecise,
  keyByAmazon,
  monitoringVideoVerification,
  twoStepOff,
  stateReporting,
  stateQueryable,
  skillDevice,
  presenceDetection,
  soundDetection,
  cameraRemoteView,
  voiceHistory,
  voiceRetention,
  humanReview,
  messageTranscription,
  skillPermission,
  householdProfiles,
  connectedApp,
  amazonSidewalk,
  registeredDevice,
  deviceAddress,
  exportRegisteredDevices,
  exportVoiceHistory,
  exportCountryHistory,
  exportAdAudiences,
  exportLocationData,
  exportEventLog,
] as const;

/** Every finding id there is: a typo in an id does not compile. */
export type FindingId = (typeof FINDINGS)[number]['id'];
