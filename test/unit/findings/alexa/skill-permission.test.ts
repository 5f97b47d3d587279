// @vitest-environment node
import { skillPermission } from '../../../../src/findings/alexa/skill-permission.ts';
import { skillPerm, subjectsAndRisks } from '../../records.ts';

describe('alexa.skill-permission', () => {
  it('finds one skill subject per granted permission', () => {
    const findings = skillPermission.run({
      skillPermissions: [
        skillPerm('Weather Pro', 'alexa::devices:all:address:full:read'),
        skillPerm('Weather Pro', 'alexa::profile:email:read', false),
        skillPerm('Pizza', 'alexa::profile:email:read'),
      ],
    });
    expect(subjectsAndRisks(findings)).toEqual([
      ['skill', 'Weather Pro', 'medium'],
      ['skill', 'Pizza', 'medium'],
    ]);
    expect(findings.map((f) => f.details['permission'])).toEqual(['alexa::devices:all:address:full:read', 'alexa::profile:email:read']);
  });

  it('finds nothing for switched-off or unknown grants', () => {
    expect(skillPermission.run({ skillPermissions: [skillPerm('A', 'x', false), skillPerm('B', 'y', null)] })).toEqual([]);
  });
});
