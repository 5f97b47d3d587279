import type { ManualCheckEntry } from './manual-check-entry.ts';

/**
 * Alexa and Amazon settings no page Alexposé reads shows. Amazon publishes no help page per setting that
 * was found; its Alexa privacy hub (GVP69FUJ48X9DK8V, text read on amazon.com) is the official page that
 * covers them, so these links are marked unverified for the exact setting.
 */
const ALEXA_PRIVACY_HUB = {
  en: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=GVP69FUJ48X9DK8V',
  de: 'https://www.amazon.de/gp/help/customer/display.html?nodeId=GVP69FUJ48X9DK8V',
};
const HUB_NOTE = 'Alexa privacy hub; no help page for this exact setting was found. Steps from press how-tos.';

const appCheck = (
  id: string,
  risk: ManualCheckEntry['risk'],
  scope: ManualCheckEntry['scope'],
  recipients: ManualCheckEntry['recipients'],
  extra: Partial<ManualCheckEntry> = {},
): ManualCheckEntry => ({
  id,
  service: id.startsWith('amazon.') ? 'amazon' : 'alexa',
  risk,
  recipients,
  steps: 3,
  minutes: 2,
  scope,
  where: 'alexa-app',
  helpUrl: ALEXA_PRIVACY_HUB,
  helpUrlVerified: false,
  helpUrlNote: HUB_NOTE,
  reviewedOn: '2026-12-03',
  ...extra,
});

export const ALEXA_MANUAL_CHECKS: readonly ManualCheckEntry[] = [
  appCheck('alexa.drop-in', 'high', 'echo', ['household', 'amazon']),
  appCheck('alexa.visual-id', 'medium', 'echo-show', ['amazon'], { where: 'echo-device' }),
  appCheck('alexa.voice-id', 'medium', 'alexa-account', ['amazon', 'skill-vendor']),
  appCheck('alexa.follow-up-mode', 'medium', 'echo', ['amazon'], { reviewedOn: '2026-12-06' }),
  appCheck('alexa.voice-purchasing', 'low', 'alexa-account', ['amazon', 'household']),
  appCheck('alexa.hunches', 'low', 'alexa-account', ['amazon']),
  appCheck('amazon.sidewalk-community-finding', 'medium', 'alexa-account', ['sidewalk-network', 'amazon'], {
    helpUrl: { en: 'https://www.amazon.com/Amazon-Sidewalk/b?node=21328123011', de: 'https://www.amazon.com/Amazon-Sidewalk/b?node=21328123011' },
    helpUrlNote: "Amazon's Sidewalk page (as amazon.sidewalk); Community Finding is described by press (CNET).",
    regions: ['US'],
  }),
  appCheck('alexa.detected-sounds-history', 'medium', 'echo', ['amazon'], { regions: ['US'] }),
  appCheck('amazon.interest-based-ads', 'low', 'alexa-account', ['amazon', 'partners'], {
    steps: 2,
    minutes: 1,
    where: 'amazon-web',
    // Amazon's own ad-preferences page, linked from Amazon's footers as "Your Ads Privacy Choices".
    helpUrl: { en: 'https://www.amazon.com/adprefs', de: 'https://www.amazon.de/adprefs' },
    helpUrlNote:
      'The ad-preferences page itself (linked from Amazon page footers; Amazon named "Your Ad Preferences" as the opt-out in 2022); its text was not read.',
    reviewedOn: '2026-12-06',
  }),
  // Amazon's FAQ (G201602230, read on mirrors of amazon.com): share files for Alexa to summarize, ask Alexa to remember
  // something; Follow Up Mode on when joining Alexa+. Automatic US Prime upgrade since Jan 2026: press (issue 27).
  appCheck('alexa.alexa-plus', 'medium', 'alexa-account', ['amazon'], {
    helpUrl: {
      en: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=G201602230',
      de: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=G201602230',
    },
    helpUrlNote: "Amazon's Alexa FAQ G201602230, read only on mirrors of the amazon.com page; the automatic upgrade is from press reports.",
    regions: ['US'],
    reviewedOn: '2026-12-06',
  }),
  // "Do Not Send Voice Recordings" ended 28 Mar 2025 (three Echo models, US English); users moved to "Don't save recordings".
  appCheck('alexa.voice-cloud-only', 'medium', 'echo', ['amazon'], {
    helpUrlNote: 'Alexa privacy hub; the end of on-device processing was announced by Amazon in an e-mail to users, quoted by press (March 2025).',
    regions: ['US'],
    reviewedOn: '2026-12-06',
  }),
];
