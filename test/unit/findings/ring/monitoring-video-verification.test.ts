// @vitest-environment node
import { monitoringVideoVerification } from '../../../../src/findings/ring/monitoring-video-verification.ts';
import { location, monitoring, subjectsAndRisks } from '../../records.ts';

describe('ring.monitoring-video-verification', () => {
  it('finds a location opted in (vrUserOptIn: Guard Response), named after the location', () => {
    const records = {
      ringLocations: [location('L1', { name: 'Zuhause' })],
      ringMonitoring: [
        monitoring('L1', { videoVerification: true, professionallyMonitored: true, dispatch: false }),
        monitoring('L2', { videoVerification: true }),
      ],
    };
    const findings = monitoringVideoVerification.run(records);
    // Low: a guard may be sent on an alarm; nobody watches the cameras for it (re-risked, issue 14).
    expect(subjectsAndRisks(findings)).toEqual([
      ['location', 'L1', 'low'],
      ['location', 'L2', 'low'],
    ]);
    expect(findings.map((f) => f.subject.name)).toEqual(['Zuhause', 'L2']);
    expect(findings[0]?.details).toEqual({ professionallyMonitored: true, dispatch: false });
  });

  it('finds nothing when verification is off or unknown', () => {
    expect(
      monitoringVideoVerification.run({ ringMonitoring: [monitoring('L1', { videoVerification: false, professionallyMonitored: true }), monitoring('L2')] }),
    ).toEqual([]);
  });
});
