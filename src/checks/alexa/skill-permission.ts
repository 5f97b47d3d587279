import type { Check } from '../check.ts';

/** One finding per skill and permission it holds (address, name, e-mail, phone, location, lists…). */
export const skillPermission: Check = {
  id: 'alexa.skill-permission',
  run: (records) =>
    (records.skillPermissions ?? [])
      .filter((p) => p.granted === true)
      .map((p) => ({
        id: 'alexa.skill-permission',
        service: 'alexa',
        subject: { type: 'skill', id: p.skillName, name: p.skillName },
        evidence: { source: 'amazon.privacy-page', field: 'Manage Skill Permissions' },
        details: { permission: p.permission, page: p.page },
      })),
};
