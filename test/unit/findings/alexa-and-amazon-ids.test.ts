// @vitest-environment node
import { CHECKS } from '../../../src/findings/lookups.ts';
import { stateReporting } from '../../../src/findings/alexa/state-reporting.ts';
import { stateQueryable } from '../../../src/findings/alexa/state-queryable.ts';
import { skillDevice } from '../../../src/findings/alexa/skill-device.ts';
import { presenceDetection } from '../../../src/findings/alexa/presence-detection.ts';
import { soundDetection } from '../../../src/findings/alexa/sound-detection.ts';
import { cameraRemoteView } from '../../../src/findings/alexa/camera-remote-view.ts';
import { voiceHistory } from '../../../src/findings/alexa/voice-history.ts';
import { amazonSidewalk } from '../../../src/findings/amazon/sidewalk.ts';
import { humanReview } from '../../../src/findings/alexa/human-review.ts';
import { messageTranscription } from '../../../src/findings/alexa/message-transcription.ts';
import { voiceRetention } from '../../../src/findings/alexa/voice-retention.ts';
import { skillPermission } from '../../../src/findings/alexa/skill-permission.ts';
import { householdProfiles } from '../../../src/findings/alexa/household-profiles.ts';
import { connectedApp } from '../../../src/findings/amazon/connected-app.ts';
import { registeredDevice } from '../../../src/findings/amazon/registered-device.ts';
import { exportRegisteredDevices } from '../../../src/findings/amazon/export-registered-devices.ts';
import { exportVoiceHistory } from '../../../src/findings/amazon/export-voice-history.ts';
import { exportCountryHistory } from '../../../src/findings/amazon/export-country-history.ts';
import { exportAdAudiences } from '../../../src/findings/amazon/export-ad-audiences.ts';

it('covers exactly the 19 alexa./amazon. checks of the check list', () => {
  const ids = CHECKS.map((c) => c.id).filter((id) => /^(alexa|amazon)\./.test(id));
  expect(ids.sort()).toEqual(
    [
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
      exportRegisteredDevices,
      exportVoiceHistory,
      exportCountryHistory,
      exportAdAudiences,
    ]
      .map((c) => c.id)
      .sort(),
  );
  expect(ids).toHaveLength(19);
});
