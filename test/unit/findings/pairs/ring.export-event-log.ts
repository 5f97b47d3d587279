import type { FixturePair } from '../fixture-pair.ts';

/** Device and app events; an export whose event files are empty. */
export const pair: FixturePair = {
  triggering: {
    exportFacts: [
      {
        service: 'ring',
        label: 'All Data Categories.zip',
        ringEvents: {
          deviceEvents: { file: 'DeviceEvents.csv', rows: 3, firstDate: '2024-01-02', lastDate: '2025-12-01' },
          appEvents: { file: 'AppEvents.csv', rows: 2, firstDate: '2025-01-01', lastDate: '2025-01-01' },
        },
      },
    ],
  },
  quiet: {
    exportFacts: [
      {
        service: 'ring',
        label: 'All Data Categories.zip',
        ringEvents: { deviceEvents: { file: 'DeviceEvents.csv', rows: 0, firstDate: null, lastDate: null }, appEvents: null },
      },
    ],
  },
};
