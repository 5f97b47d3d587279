// @vitest-environment node
import { alexaLink } from '../../../../src/findings/ring/alexa-link.ts';
import { control, controlList, subjectsAndRisks } from '../../records.ts';
import { ACCOUNT, withProfile } from './account.ts';

describe('ring.alexa-link', () => {
  it('finds a linked Amazon account at low risk', () => {
    const findings = alexaLink.run(withProfile({ ringControlSettings: [control('alexa-link', 'on')] }));
    expect(subjectsAndRisks(findings)).toEqual([['account', ACCOUNT, 'low']]);
    expect(findings[0]?.evidence.field).toBe('Amazon Account Linking');
  });

  it('finds Echo devices connected by the Ring skill even without the switch', () => {
    const findings = alexaLink.run(
      withProfile({ ringControlSettings: [control('alexa-link', 'off')], ringControlLists: [controlList('amazon-devices', ['Echo Show 8'])] }),
    );
    expect(subjectsAndRisks(findings)).toEqual([['account', ACCOUNT, 'low']]);
    expect(findings[0]).toMatchObject({ evidence: { field: 'Amazon Devices Connected by Ring Skill' }, details: { amazonDevices: 1, items: 'Echo Show 8' } });
  });

  it('finds nothing when unlinked and without Echo devices', () => {
    expect(alexaLink.run({ ringControlSettings: [control('alexa-link', 'off')], ringControlLists: [controlList('amazon-devices', [])] })).toEqual([]);
    expect(alexaLink.run({ ringControlSettings: [control('alexa-link', null)] })).toEqual([]);
  });
});
