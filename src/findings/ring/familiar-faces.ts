import { defineFinding } from '../define-finding.ts';
import { deviceFeatureCheck } from './device-feature-check.ts';
import { RING_DASHBOARD } from './ring-urls.ts';

/** Familiar Faces: facial recognition of everyone in view (API name `person_identification`). */
export const familiarFaces = defineFinding({
  id: 'ring.familiar-faces',
  check: deviceFeatureCheck(['familiarFaces'], 'familiar-faces', 'person_identification'),
  catalog: {
    service: 'ring',
    risk: 'high',
    recipients: ['ring'],
    steps: 4,
    // A US-only feature: German users get the same English page, not Ring's German privacy hub (which suggests it exists there).
    helpUrl: {
      en: 'https://support.help.ring.com/hc/en-us/articles/360038142272-Ring-Control-Center-Information',
      de: 'https://support.help.ring.com/hc/en-us/articles/360038142272-Ring-Control-Center-Information',
    },
    helpUrlVerified: false,
    helpUrlNote: 'No official Ring article on Familiar Faces was found; the link is a general Ring page. Steps follow press reports.',
    settingsUrl: RING_DASHBOARD,
    regions: ['US'],
    reviewedOn: '2026-12-06',
  },
  labels: ['faces'],
  place: { kind: 'app', appSteps: 4, minutes: 3 },
});
