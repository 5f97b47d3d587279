import type { RingProfile } from '../../model/ring.ts';
import { JsonReader, isObject } from '../json-reader.ts';

export function looksLikeRingProfile(body: unknown): boolean {
  return isObject(body) && isObject(body['profile']) && ('email' in body['profile'] || 'features' in body['profile']);
}

/** `clients_api/session` / `clients_api/profile` → the account. Personal fields (email, phone, token) are not kept. */
export function readRingProfile(body: unknown, reader: JsonReader): RingProfile | null {
  const profile = isObject(body) ? reader.object(body, 'profile', '$') : null;
  if (!profile) {
    reader.note('error', 'missing-field', 'profile', 'No "profile" object.');
    return null;
  }
  const features = reader.object(profile, 'features', 'profile');
  if (!features) reader.note('info', 'missing-field', 'profile.features', 'No feature flags; Neighbors state unknown.');
  return {
    accountId: reader.id(profile, 'id', 'profile'),
    country: reader.string(profile, 'country', 'profile'),
    twoFactor: reader.bool(profile, 'tfa_enabled', 'profile'),
    neighborsEnabled: features ? reader.bool(features, 'nw_enabled', 'profile.features') : null,
    neighborsActivated: features ? reader.bool(features, 'nw_user_activated', 'profile.features') : null,
  };
}
