// @vitest-environment node
import { connectedApp } from '../../../../src/findings/amazon/connected-app.ts';
import { subjectsAndRisks } from '../../records.ts';

describe('amazon.connected-app', () => {
  it('finds each app with Login-with-Amazon access', () => {
    const findings = connectedApp.run({
      connectedApps: [
        { name: 'Recipe Planner', page: '/ap/adam' },
        { name: 'Ring', page: '/ap/adam' },
      ],
    });
    expect(subjectsAndRisks(findings)).toEqual([
      ['app', 'Recipe Planner', 'medium'],
      ['app', 'Ring', 'medium'],
    ]);
    expect(findings[0]?.service).toBe('amazon');
  });

  it('finds nothing without apps', () => {
    expect(connectedApp.run({ connectedApps: [] })).toEqual([]);
  });
});
