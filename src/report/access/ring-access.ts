import type { Records } from '../../model/records.ts';
import { sharedUsers } from '../../findings/ring/shared-users.ts';
import { authorizedDevices } from '../../findings/ring/authorized-devices.ts';
import { linkedAccounts } from '../../findings/ring/linked-accounts.ts';
import { alexaLink } from '../../findings/ring/alexa-link.ts';
import { keyByAmazon } from '../../findings/ring/key-by-amazon.ts';
import { monitoringVideoVerification } from '../../findings/ring/monitoring-video-verification.ts';
import type { RingLocationUser } from '../../model/ring.ts';
import { controlList, controlSettings } from '../../findings/ring/ring-records.ts';
import { numbered, splitListItem, type AccessDraft, type DetailPart } from './access-draft.ts';
import { withoutContacts } from './contact-free.ts';
import { SOURCE } from '../../model/source-ids.ts';

/** Ring roles Alexposé has words for; any other role is shown as the account states it. */
const KNOWN_ROLES = new Set(['shared_user', 'guest', 'guest_user']);

/**
 * Who and what can reach the home through the Ring account: the people of the locations the user owns (location
 * users list, else the Control Center list), signed-in clients, linked services, Amazon devices connected by the
 * Ring skill or the Amazon link itself, Key by Amazon and a monitoring centre with video verification.
 */
export function ringAccess(records: Records): AccessDraft[] {
  return [...people(records), ...controlCenterPeople(records), ...clients(records), ...services(records), ...amazonDevices(records), ...others(records)];
}

/** The account holder's own Ring user id, when a profile was read. */
function holderId(records: Records): string | null {
  return (records.ringProfile ?? []).find((p) => p.accountId)?.accountId ?? null;
}

/** One entry per person across the user's own locations; a location shared with the user is someone else's home. */
function people(records: Records): AccessDraft[] {
  const holder = holderId(records);
  const byUser = new Map<string, RingLocationUser[]>();
  for (const u of records.ringLocationUsers ?? []) {
    if (u.role === 'owner' || u.userId === holder) continue;
    const location = records.ringLocations?.find((l) => l.id === u.locationId);
    if (location?.owned === false) continue;
    byUser.set(u.userId, [...(byUser.get(u.userId) ?? []), u]);
  }
  return [...byUser.entries()].map(([userId, entries]): AccessDraft => {
    const first = entries[0] as RingLocationUser;
    const devices = new Set(entries.flatMap((e) => e.deviceIds));
    const places = [...new Set(entries.map((e) => records.ringLocations?.find((l) => l.id === e.locationId)?.name).filter((n): n is string => Boolean(n)))];
    const role = first.role;
    const detail: DetailPart[] = [
      KNOWN_ROLES.has(role) ? { key: `access_role_${role === 'guest_user' ? 'guest' : role}` } : { key: 'access_role_other', args: [role] },
    ];
    if (devices.size > 0) detail.push({ plural: 'access_detail_devices', count: devices.size });
    if (places.length > 0) detail.push({ key: 'access_detail_at', args: [places.join(', ')] });
    const verifiedValues = entries.map((e) => e.verified).filter((v): v is boolean => typeof v === 'boolean');
    return {
      id: `ring:person:${userId}`,
      kind: 'person',
      service: 'ring',
      name: withoutContacts(first.name) || `#${userId}`,
      detail,
      verified: verifiedValues.length === 0 ? null : verifiedValues.every(Boolean),
      evidence: { source: SOURCE.ringLocationUsers, field: '[].devices[].role' },
      removedAs: sharedUsers,
    };
  });
}

/** The Control Center's Shared Users list, for people the location users list did not already name. */
function controlCenterPeople(records: Records): AccessDraft[] {
  const list = controlList(records, 'shared-users');
  if (!list) return [];
  const known = new Set((records.ringLocationUsers ?? []).map((u) => u.name.trim().toLowerCase()));
  const items = list.items.map(splitListItem).filter((i) => !known.has(withoutContacts(i.name).toLowerCase()));
  const ids = numbered(
    'ring:person:cc:',
    items.map((i) => withoutContacts(i.name)),
  );
  return items.map((item, n) => ({
    id: ids[n] as string,
    kind: 'person',
    service: 'ring',
    name: withoutContacts(item.name),
    detail: item.rest ? [{ text: withoutContacts(item.rest) }] : [{ key: 'access_role_shared_user' }],
    verified: null,
    evidence: { source: SOURCE.ringControlCenter, field: 'Shared Users' },
    removedAs: sharedUsers,
  }));
}

/** Phones, browsers and integrations signed in to the account, with the page's own "last active …" and place. */
function clients(records: Records): AccessDraft[] {
  const items = (controlList(records, 'authorized-devices')?.items ?? []).map(splitListItem);
  const ids = numbered(
    'ring:client:',
    items.map((i) => withoutContacts(i.name)),
  );
  return items.map((item, n) => ({
    id: ids[n] as string,
    kind: 'client',
    service: 'ring',
    name: withoutContacts(item.name),
    detail: item.rest ? [{ text: withoutContacts(item.rest) }] : [{ key: 'access_detail_signed_in' }],
    verified: null,
    evidence: { source: SOURCE.ringControlCenter, field: 'Authorized Client Devices' },
    removedAs: authorizedDevices,
  }));
}

function services(records: Records): AccessDraft[] {
  const items = (controlList(records, 'linked-accounts')?.items ?? []).map(splitListItem);
  const ids = numbered(
    'ring:service:',
    items.map((i) => withoutContacts(i.name)),
  );
  return items.map((item, n) => ({
    id: ids[n] as string,
    kind: 'service',
    service: 'ring',
    name: withoutContacts(item.name),
    detail: [{ key: 'access_detail_linked_service' }, ...(item.rest ? [{ text: withoutContacts(item.rest) }] : [])],
    verified: null,
    evidence: { source: SOURCE.ringControlCenter, field: 'Linked Accounts' },
    removedAs: linkedAccounts,
  }));
}

/** Echo devices that reach the cameras through the Ring skill; without a list, the Amazon link itself. */
function amazonDevices(records: Records): AccessDraft[] {
  const items = (controlList(records, 'amazon-devices')?.items ?? []).map(splitListItem);
  const ids = numbered(
    'ring:device:',
    items.map((i) => withoutContacts(i.name)),
  );
  const devices = items.map((item, n): AccessDraft => ({
    id: ids[n] as string,
    kind: 'device',
    service: 'ring',
    name: withoutContacts(item.name),
    detail: [{ key: 'access_detail_ring_skill_device' }, ...(item.rest ? [{ text: withoutContacts(item.rest) }] : [])],
    verified: null,
    evidence: { source: SOURCE.ringControlCenter, field: 'Amazon Devices Connected by Ring Skill' },
    removedAs: alexaLink,
  }));
  if (devices.length > 0 || !controlSettings(records, 'alexa-link').some((s) => s.state === 'on')) return devices;
  // The "Linked to …" line names an e-mail address: it is never kept, the entry names the service only.
  return [
    {
      id: 'ring:service:amazon-link',
      kind: 'service',
      service: 'ring',
      name: 'Amazon (Alexa)',
      detail: [{ key: 'access_detail_amazon_link' }],
      verified: null,
      evidence: { source: SOURCE.ringControlCenter, field: 'Amazon Account Linking' },
      removedAs: alexaLink,
    },
  ];
}

/** Key by Amazon (delivery drivers can open a door or garage) and a monitoring centre that may watch on an alarm. */
function others(records: Records): AccessDraft[] {
  const out: AccessDraft[] = [];
  const keyed = (records.ringDevices ?? []).filter((d) => d.keyByAmazon).map((d) => d.name);
  const associations = records.ringKeyAssociations ?? [];
  if (keyed.length > 0 || associations.length > 0) {
    const names = [...new Set([...keyed, ...associations.map((a) => a.name).filter((n): n is string => Boolean(n))])];
    out.push({
      id: 'ring:service:key-by-amazon',
      kind: 'service',
      service: 'ring',
      name: 'Key by Amazon',
      detail: [{ key: 'access_detail_key_by_amazon' }, ...(names.length > 0 ? [{ text: names.join(', ') }] : [])],
      verified: null,
      evidence:
        keyed.length > 0
          ? { source: SOURCE.ringDevices, field: 'metadata.integration_type' }
          : { source: SOURCE.ringKeyAssociations, field: 'lock_associations' },
      removedAs: keyByAmazon,
    });
  }
  for (const m of records.ringMonitoring ?? []) {
    if (m.videoVerification !== true) continue;
    const location = records.ringLocations?.find((l) => l.id === m.locationId);
    out.push({
      id: `ring:service:monitoring:${m.locationId}`,
      kind: 'service',
      service: 'ring',
      name: 'Ring monitoring',
      nameKey: 'access_name_monitoring',
      detail: [{ key: 'access_detail_monitoring' }, ...(location ? [{ key: 'access_detail_at', args: [location.name] }] : [])],
      verified: null,
      evidence: { source: SOURCE.ringMonitoring, field: 'vrUserOptIn' },
      removedAs: monitoringVideoVerification,
    });
  }
  return out;
}
