// @vitest-environment node
import { sidewalk } from '../../../../src/findings/ring/sidewalk.ts';
import { device, control, subjectsAndRisks } from '../../records.ts';
import { ACCOUNT, withProfile } from './account.ts';

describe('ring.sidewalk', () => {
  it('finds a Sidewalk bridge and a device connected through Sidewalk', () => {
    const findings = sidewalk.run({
      ringDevices: [
        device('1', { isSidewalkGateway: true }),
        device('2', { sidewalkConnected: true }),
        device('3', { isSidewalkGateway: false, sidewalkConnected: false }),
      ],
    });
    expect(findings.map((f) => [f.subject.id, f.evidence.field])).toEqual([
      ['1', 'is_sidewalk_gateway'],
      ['2', 'health.sidewalk_connection'],
    ]);
  });

  it('finds nothing when Sidewalk is unknown', () => {
    expect(sidewalk.run({ ringDevices: [device('1')] })).toEqual([]);
  });
});

describe('ring.sidewalk with the Control Center switch', () => {
  const bridge = device('2', { isSidewalkGateway: true });

  it('finds nothing for bridges when the account switch is off', () => {
    expect(sidewalk.run({ ringDevices: [bridge], ringControlSettings: [control('sidewalk', 'off')] })).toEqual([]);
  });

  it('adds an account finding when the switch is on', () => {
    const findings = sidewalk.run(withProfile({ ringDevices: [bridge], ringControlSettings: [control('sidewalk', 'on')] }));
    expect(subjectsAndRisks(findings)).toEqual([
      ['device', '2', 'medium'],
      ['account', ACCOUNT, 'medium'],
    ]);
    expect(findings[0]?.details['accountSwitch']).toBe('on');
  });

  it('finds the account alone when the switch is on and no device is known', () => {
    expect(subjectsAndRisks(sidewalk.run(withProfile({ ringControlSettings: [control('sidewalk', 'on')] })))).toEqual([['account', ACCOUNT, 'medium']]);
  });

  it('treats a switch of unknown state, or one naming a device, as no account switch', () => {
    expect(
      subjectsAndRisks(
        sidewalk.run({ ringDevices: [bridge], ringControlSettings: [control('sidewalk', null), control('sidewalk', 'off', { deviceName: 'x' })] }),
      ),
    ).toEqual([['device', '2', 'medium']]);
  });
});
