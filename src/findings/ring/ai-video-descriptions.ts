import { defineFinding } from '../define-finding.ts';
import { deviceFeatureCheck } from './device-feature-check.ts';
import { RING_DASHBOARD } from './ring-urls.ts';

/** AI Video Descriptions and Smart Video Search: every clip analysed and described in text. */
export const aiVideoDescriptions = defineFinding({
  id: 'ring.ai-video-descriptions',
  check: deviceFeatureCheck(['aiVideoDescriptions', 'smartVideoSearch'], 'ai-video-descriptions', 'smart_video_description / natural_language_search'),
  catalog: {
    service: 'ring',
    risk: 'medium',
    recipients: ['ring'],
    steps: 4,
    helpUrl: { en: 'https://support.help.ring.com/hc/en-us/articles/360038142272-Ring-Control-Center-Information', de: 'https://de-de.ring.com/pages/privacy' },
    helpUrlVerified: false,
    helpUrlNote: 'No official Ring article on Video Descriptions was found; the link is a general Ring page. Steps follow press reports.',
    settingsUrl: RING_DASHBOARD,
    regions: ['US', 'CA'],
    reviewedOn: '2026-12-06',
  },
  labels: ['video-text'],
  place: { kind: 'app', appSteps: 3, minutes: 2 },
});
