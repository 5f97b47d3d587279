import { deviceFeatureCheck } from './device-feature-check.ts';

/** AI Video Descriptions and Smart Video Search: every clip analysed and described in text. */
export const aiVideoDescriptions = deviceFeatureCheck('ring.ai-video-descriptions', ['aiVideoDescriptions', 'smartVideoSearch'], 'ai-video-descriptions', 'smart_video_description / natural_language_search');
