// @vitest-environment node
import { communityRequests } from '../../../../src/findings/ring/community-requests.ts';
import { control, subjectsAndRisks } from '../../records.ts';
import { ACCOUNT, withProfile } from './account.ts';

describe('ring.community-requests', () => {
  it('finds the switch on, for the account', () => {
    const findings = communityRequests.run(withProfile({ ringControlSettings: [control('community-requests', 'on')] }));
    expect(subjectsAndRisks(findings)).toEqual([['account', ACCOUNT, 'medium']]);
    expect(findings[0]?.details).toEqual({ setting: 'community-requests', page: '/account/control-center' });
  });

  it('finds nothing when off or unknown', () => {
    expect(
      communityRequests.run({ ringControlSettings: [control('community-requests', 'off'), control('community-requests', null, { deviceName: 'x' })] }),
    ).toEqual([]);
  });
});
