import type { RingMonitoring } from '../../model/ring.ts';
import { JsonReader, isObject } from '../json-reader.ts';

export function looksLikeRingMonitoring(body: unknown): boolean {
  return isObject(body) && ('vrUserOptIn' in body || 'professionallyMonitored' in body);
}

/** `rs/monitoring/accounts/{locationId}` → professional monitoring, dispatch and video verification opt-in. */
export function readRingMonitoring(body: unknown, locationId: string, reader: JsonReader): RingMonitoring | null {
  if (!isObject(body)) {
    reader.note('error', 'not-an-object', '$', 'The monitoring status is not a JSON object.');
    return null;
  }
  return {
    locationId,
    professionallyMonitored: reader.bool(body, 'professionallyMonitored', '$'),
    videoVerification: reader.bool(body, 'vrUserOptIn', '$'),
    dispatch: reader.bool(body, 'userAcceptDispatch', '$'),
  };
}
