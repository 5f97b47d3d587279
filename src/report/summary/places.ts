/**
 * Where each fix is made and roughly how long it takes. `web`: the setting can be changed on that web page
 * (the finding's own steps say so); `app`: only the Ring or Alexa app (or the device) can do it, and the
 * finding's first steps are the path. Minutes are Alexposé's estimates for a user who follows the steps.
 */
export interface ActionPlace {
  kind: 'app' | 'web';
  /** Path on the account's own site, for `web` (the host is the account's: account.ring.com or its Amazon marketplace). */
  path?: string;
  /** How many of the finding's steps spell out the app path. */
  appSteps?: number;
  minutes: number;
}

export const ACTION_PLACES: Readonly<Record<string, ActionPlace>> = {
  'ring.e2ee-off': { kind: 'app', appSteps: 2, minutes: 10 },
  'ring.audio-recording': { kind: 'app', appSteps: 3, minutes: 2 },
  'ring.sidewalk': { kind: 'app', appSteps: 3, minutes: 2 },
  'ring.cloud-video-storage': { kind: 'web', path: '/account/control-center', minutes: 3 },
  'ring.shared-users': { kind: 'app', appSteps: 4, minutes: 3 },
  'ring.authorized-devices': { kind: 'web', path: '/account/control-center/authorized-devices', minutes: 3 },
  'ring.linked-accounts': { kind: 'app', appSteps: 3, minutes: 2 },
  'ring.alexa-link': { kind: 'app', appSteps: 3, minutes: 3 },
  'ring.neighbors': { kind: 'app', appSteps: 4, minutes: 5 },
  'ring.community-requests': { kind: 'app', appSteps: 3, minutes: 2 },
  'ring.search-party': { kind: 'app', appSteps: 4, minutes: 3 },
  'ring.familiar-faces': { kind: 'app', appSteps: 4, minutes: 3 },
  'ring.ai-video-descriptions': { kind: 'app', appSteps: 3, minutes: 2 },
  'ring.snapshot-capture': { kind: 'app', appSteps: 4, minutes: 2 },
  'ring.location-precise': { kind: 'app', appSteps: 2, minutes: 3 },
  'ring.key-by-amazon': { kind: 'app', appSteps: 3, minutes: 3 },
  'ring.monitoring-video-verification': { kind: 'app', appSteps: 2, minutes: 3 },
  'alexa.state-reporting': { kind: 'app', appSteps: 2, minutes: 3 },
  'alexa.state-queryable': { kind: 'app', appSteps: 2, minutes: 3 },
  'alexa.skill-device': { kind: 'app', appSteps: 2, minutes: 2 },
  'alexa.presence-detection': { kind: 'app', appSteps: 3, minutes: 3 },
  'alexa.sound-detection': { kind: 'app', appSteps: 2, minutes: 3 },
  'alexa.camera-remote-view': { kind: 'app', appSteps: 2, minutes: 2 },
  'alexa.voice-history': { kind: 'web', path: '/alexa-privacy/apd/rvh', minutes: 2 },
  'alexa.voice-retention': { kind: 'web', path: '/alexa-privacy/apd/myad', minutes: 2 },
  'alexa.human-review': { kind: 'web', path: '/alexa-privacy/apd/myad', minutes: 1 },
  'alexa.message-transcription': { kind: 'web', path: '/alexa-privacy/apd/myad', minutes: 1 },
  'alexa.skill-permission': { kind: 'web', path: '/alexaprivacysettings', minutes: 2 },
  'alexa.household-profiles': { kind: 'web', path: '/myh/manage', minutes: 3 },
  'amazon.connected-app': { kind: 'web', path: '/ap/adam', minutes: 2 },
  'amazon.sidewalk': { kind: 'app', appSteps: 3, minutes: 2 },
  'amazon.registered-device': { kind: 'web', path: '/hz/mycd/digital-console/alldevices', minutes: 3 },
};
