// @vitest-environment node
import { neighbors } from '../../../../src/findings/ring/neighbors.ts';
import { control, profile, subjectsAndRisks } from '../../records.ts';
import { ACCOUNT } from './account.ts';

describe('ring.neighbors', () => {
  it('finds an account that joined Neighbors, from the profile', () => {
    const findings = neighbors.run({ ringProfile: [profile({ neighborsActivated: true })] });
    expect(subjectsAndRisks(findings)).toEqual([['account', ACCOUNT, 'medium']]);
    expect(findings[0]?.evidence).toEqual({ source: 'ring.profile', field: 'features.nw_user_activated' });
  });

  it('does not count Neighbors merely offered (nw_enabled) as joined', () => {
    expect(neighbors.run({ ringProfile: [profile({ neighborsEnabled: true, neighborsActivated: false })] })).toEqual([]);
  });

  it('lets the Control Center switch override the profile flag, both ways', () => {
    expect(neighbors.run({ ringProfile: [profile({ neighborsActivated: true })], ringControlSettings: [control('neighbors', 'off')] })).toEqual([]);
    const on = neighbors.run({ ringProfile: [profile({ neighborsActivated: false })], ringControlSettings: [control('neighbors', 'on')] });
    expect(subjectsAndRisks(on)).toEqual([['account', ACCOUNT, 'medium']]);
    expect(on[0]?.evidence.source).toBe('ring.control-center');
  });

  it('ignores a switch of unknown state and keeps the profile answer', () => {
    const records = { ringProfile: [profile({ neighborsActivated: true })], ringControlSettings: [control('neighbors', null)] };
    expect(neighbors.run(records)[0]?.evidence.source).toBe('ring.profile');
  });
});
