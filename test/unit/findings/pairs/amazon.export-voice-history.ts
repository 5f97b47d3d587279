import type { FixturePair } from '../fixture-pair.ts';

/** An export with voice interactions; one whose Alexa folder held no voice table or audio. */
export const pair: FixturePair = {
  triggering: {
    exportFacts: [
      {
        service: 'amazon',
        label: 'Alexa.zip',
        voice: { files: ['Alexa/voice.csv'], interactions: 3, audioFiles: 1, firstDate: '2019-01-05', lastDate: '2026-11-30' },
      },
    ],
  },
  quiet: { exportFacts: [{ service: 'amazon', label: 'Alexa.zip', voice: { files: [], interactions: 0, audioFiles: 0, firstDate: null, lastDate: null } }] },
};
