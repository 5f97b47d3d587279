import { defineFinding } from '../define-finding.ts';
import { controlToggleCheck } from './control-toggle-check.ts';
import { RING_CONTROL_CENTER } from './ring-urls.ts';
import { SOURCE } from '../../model/source-ids.ts';

/** Search Party: Ring's AI scans cloud videos for lost pets or natural hazards. US only, on by default. */
export const searchParty = defineFinding({
  id: 'ring.search-party',
  check: controlToggleCheck(['search-party', 'natural-hazards']),
  catalog: {
    service: 'ring',
    risk: 'medium',
    // A clip goes to the dog's owner only if you share it; Search Party clips are not Community Requests (issue 27).
    recipients: ['ring', 'pet-owner', 'watch-duty'],
    steps: 4,
    helpUrl: { en: 'https://support.help.ring.com/hc/en-us/articles/360038142272-Ring-Control-Center-Information', de: 'https://de-de.ring.com/pages/privacy' },
    helpUrlVerified: false,
    helpUrlNote:
      "No official Ring article on Search Party was found; the link is Ring's general Control Center page (EN) and privacy hub (DE), which do not describe it. Steps follow press reports.",
    settingsUrl: RING_CONTROL_CENTER,
    regions: ['US'],
    reviewedOn: '2026-12-06',
  },
  labels: ['video'],
  place: { kind: 'app', appSteps: 4, minutes: 3 },
  settingOnlyOn: SOURCE.ringControlCenter,
});
