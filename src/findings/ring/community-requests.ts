import { defineFinding } from '../define-finding.ts';
import { controlToggleCheck } from './control-toggle-check.ts';
import { RING_CONTROL_CENTER } from './ring-urls.ts';
import { SOURCE } from '../../model/source-ids.ts';

/** Police requests for video in the Neighbors feed (Community Requests; earlier Video Requests / Request for Assistance). US only. */
export const communityRequests = defineFinding({
  id: 'ring.community-requests',
  check: controlToggleCheck(['community-requests']),
  catalog: {
    service: 'ring',
    risk: 'medium',
    recipients: ['police', 'axon'],
    steps: 4,
    helpUrl: {
      en: 'https://ring.com/support/verified-help/articles/5t05p/Community-Request',
      de: 'https://ring.com/support/verified-help/articles/5t05p/Community-Request',
    },
    helpUrlVerified: false,
    helpUrlNote: "Ring's agency-facing article 5t05p read; a customer article with the opt-out switch was not found. US only, so there is no German page.",
    settingsUrl: RING_CONTROL_CENTER,
    regions: ['US'],
    reviewedOn: '2026-12-03',
  },
  labels: ['video'],
  place: { kind: 'app', appSteps: 3, minutes: 2 },
  settingOnlyOn: SOURCE.ringControlCenter,
});
