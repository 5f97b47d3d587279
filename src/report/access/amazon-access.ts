import type { Records } from '../../model/records.ts';
import { householdProfiles } from '../../findings/alexa/household-profiles.ts';
import { connectedApp } from '../../findings/amazon/connected-app.ts';
import { registeredDevice } from '../../findings/amazon/registered-device.ts';
import { customerDigest, type AlexaHouseholdMember } from '../../model/alexa.ts';
import type { AccessDraft } from './access-draft.ts';
import { withoutContacts } from './contact-free.ts';
import { SOURCE } from '../../model/source-ids.ts';

/** Amazon Household roles (`api/household`, `persons-in-household`) Alexposé has words for. */
const ROLES = new Set(['ADULT', 'TEEN', 'CHILD']);

/**
 * Who and what can reach the home through the Amazon account: the other members of the Amazon Household and
 * Alexa's voice profiles, apps with Login-with-Amazon access, and the devices registered to the account.
 */
export function amazonAccess(records: Records): AccessDraft[] {
  return [...household(records), ...apps(records), ...registered(records)];
}

/**
 * The digest of the account holder's customer id: the owner most of the account's Echos name (`deviceOwnerCustomerId`). Unknown
 * without the device list; then every household account is listed, the holder's own included.
 */
function amazonHolderDigest(records: Records): string | null {
  const counts = new Map<string, number>();
  for (const d of records.alexaDevices ?? []) if (d.ownerDigest) counts.set(d.ownerDigest, (counts.get(d.ownerDigest) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function roleDetail(member: AlexaHouseholdMember): AccessDraft['detail'] {
  const role = member.role?.toUpperCase() ?? '';
  const base = member.kind === 'account' ? 'access_household' : 'access_voice_profile';
  return [ROLES.has(role) ? { key: `${base}_${role.toLowerCase()}` } : { key: base }];
}

function household(records: Records): AccessDraft[] {
  const members = records.alexaHousehold ?? [];
  const holder = amazonHolderDigest(records);
  const isHolder = (m: AlexaHouseholdMember) => m.kind === 'account' && holder !== null && customerDigest(m.id) === holder;
  const holderAccount = members.find(isHolder);
  // A voice profile is matched to the holder by first name only when the holder's household account was read.
  const holderFirstName = holderAccount?.name.trim().split(/\s+/)[0]?.toLowerCase();
  return members
    .filter((m) => (m.kind === 'account' ? !isHolder(m) : m.name.trim().toLowerCase() !== holderFirstName))
    .map((m): AccessDraft => ({
      id: `amazon:person:${m.kind}:${customerDigest(m.id)}`,
      kind: 'person',
      service: 'alexa',
      name: withoutContacts(m.name) || m.kind,
      detail: roleDetail(m),
      verified: null,
      evidence: m.kind === 'account' ? { source: SOURCE.alexaHousehold, field: 'accounts[].role' } : { source: SOURCE.amazonPersons, field: '[].personType' },
      removedAs: householdProfiles,
    }));
}

function apps(records: Records): AccessDraft[] {
  return (records.connectedApps ?? []).map((a) => ({
    id: `amazon:app:${withoutContacts(a.name)}`,
    kind: 'app',
    service: 'amazon',
    name: withoutContacts(a.name),
    detail: [{ key: 'access_detail_login_with_amazon' }],
    verified: null,
    evidence: { source: SOURCE.amazonPrivacyPage, field: 'Apps and Services with Access to Your Data' },
    removedAs: connectedApp,
  }));
}

function registered(records: Records): AccessDraft[] {
  return (records.amazonDevices ?? []).map((d) => ({
    id: `amazon:device:${d.serial}`,
    kind: 'device',
    service: 'amazon',
    name: withoutContacts(d.name) || d.serial,
    detail: [{ key: 'access_detail_registered' }, ...(d.typeName ? [{ text: withoutContacts(d.typeName) }] : [])],
    verified: null,
    evidence: { source: SOURCE.amazonRegisteredDevices, field: 'deviceList' },
    removedAs: registeredDevice,
  }));
}
