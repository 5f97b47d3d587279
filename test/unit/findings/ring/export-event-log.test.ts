import { exportEventLog } from '../../../../src/findings/ring/export-event-log.ts';
import { pair } from '../pairs/ring.export-event-log.ts';

describe('ring.export-event-log', () => {
  it('is found in the triggering records', () => {
    const [finding] = exportEventLog.run(pair.triggering);
    expect(finding?.details).toEqual({
      page: 'All Data Categories.zip',
      events: 5,
      deviceEvents: 3,
      appEvents: 2,
      firstDate: '2024-01-02',
      lastDate: '2025-12-01',
    });
  });

  it('is not found in the quiet records', () => {
    expect(exportEventLog.run(pair.quiet)).toEqual([]);
  });
});
