import type { AlexaHouseholdMember } from '../../model/alexa.ts';
import { JsonReader, isObject, readEntries } from '../json-reader.ts';

export function looksLikeAlexaHousehold(body: unknown): boolean {
  return isObject(body) && Array.isArray(body['accounts']) && body['accounts'].some((a) => isObject(a) && 'role' in a);
}

export function looksLikePersons(body: unknown): boolean {
  return Array.isArray(body) && body.length > 0 && body.every((p) => isObject(p) && 'personId' in p);
}

/** `api/household` → the accounts in the Amazon Household (adults, teens, children). E-mail addresses are not kept. */
export function readAlexaHousehold(body: unknown, reader: JsonReader): AlexaHouseholdMember[] {
  const accounts = isObject(body) ? reader.array(body, 'accounts', '$') : null;
  if (!accounts) {
    reader.note('error', 'missing-field', 'accounts', 'No "accounts" list.');
    return [];
  }
  return readEntries(reader, accounts, 'accounts', (a, i) => {
    if (!isObject(a)) return null;
    const at = `accounts[${i}]`;
    const id = reader.id(a, 'id', at);
    if (!id) return null;
    const name = reader.string(a, 'fullName', at) ?? reader.string(a, 'firstName', at) ?? id;
    return { id, name, role: reader.string(a, 'role', at), kind: 'account' as const };
  });
}

/** `alexa-privacy/apd/rvh/persons-in-household` → voice profiles Alexa recognises. */
export function readPersons(body: unknown, reader: JsonReader): AlexaHouseholdMember[] {
  if (!Array.isArray(body)) {
    reader.note('error', 'not-an-array', '$', 'The persons list is not a JSON array.');
    return [];
  }
  return readEntries(reader, body, '$', (p, i) => {
    if (!isObject(p)) return null;
    const id = reader.id(p, 'personId', `[${i}]`);
    if (!id) return null;
    return { id, name: reader.string(p, 'personFirstName', `[${i}]`) ?? id, role: reader.string(p, 'personType', `[${i}]`), kind: 'voice-profile' as const };
  });
}
