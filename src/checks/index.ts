import type { Check } from './check.ts';
import type { Records } from '../model/records.ts';
import type { RawFinding } from '../model/finding.ts';
import { audioRecording } from './ring/audio-recording.ts';
import { e2eeOff } from './ring/e2ee-off.ts';
import { sharedWithYou } from './ring/shared-with-you.ts';
import { sidewalk } from './ring/sidewalk.ts';
import { cloudVideoStorage } from './ring/cloud-video-storage.ts';
import { sharedUsers } from './ring/shared-users.ts';
import { authorizedDevices } from './ring/authorized-devices.ts';
import { linkedAccounts } from './ring/linked-accounts.ts';
import { alexaLink } from './ring/alexa-link.ts';
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
import { presenceDetection, soundDetection } from './alexa/echo-sensing.ts';
import { cameraRemoteView } from './alexa/camera-remote-view.ts';
import { voiceHistory } from './alexa/voice-history.ts';
import { amazonSidewalk, humanReview, messageTranscription, voiceRetention } from './alexa/privacy-settings.ts';
import { skillPermission } from './alexa/skill-permission.ts';
import { householdProfiles } from './alexa/household-profiles.ts';
import { connectedApp, registeredDevice } from './alexa/amazon-account.ts';

/** Every check. A meta-test demands a catalog entry, both languages and a triggering fixture for each. */
export const CHECKS: readonly Check[] = [
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
];

export function runChecks(records: Records): RawFinding[] {
  return CHECKS.flatMap((check) => check.run(records));
}
