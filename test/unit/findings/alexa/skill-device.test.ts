// @vitest-environment node
import { skillDevice } from '../../../../src/findings/alexa/skill-device.ts';
import { alexaSkill, endpoint, subjectsAndRisks } from '../../records.ts';
import { LOCK, ECHO_BRIDGE, LIGHT } from './mixed-household.ts';

describe('alexa.skill-device', () => {
  it('finds each device that comes through a vendor skill, with skill id, vendor and the vendor-detail keys', () => {
    const cam = endpoint('cam-1', 'skill', 'skill.vigilo', [], { name: 'Cam', maker: 'Vigilo GmbH', vendorDetailKeys: ['user_id', 'region'] });
    const findings = skillDevice.run({ alexaEndpoints: [cam, LIGHT, ECHO_BRIDGE], alexaSkills: [alexaSkill('skill.vigilo', 'Vigilo Cam')] });
    expect(subjectsAndRisks(findings)).toEqual([['device', 'cam-1', 'low']]);
    expect(findings[0]?.details).toEqual({ skillId: 'skill.vigilo', vendor: 'Vigilo Cam', vendorDetailKeys: 'user_id,region' });
  });

  it('falls back to the maker without Your Skills, and finds nothing for Amazon-device or cloud paths', () => {
    expect(skillDevice.run({ alexaEndpoints: [LOCK] })[0]?.details).toMatchObject({ vendor: 'Nuki Home Solutions GmbH', vendorDetailKeys: null });
    expect(skillDevice.run({ alexaEndpoints: [LIGHT, ECHO_BRIDGE] })).toEqual([]);
  });
});
