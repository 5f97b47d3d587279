/** First-seen dates from the stored history, and "new since your last visit". */
import { accessFirstSeen, newSinceSeen } from '../../../../src/report/access/first-seen.ts';
import { readCapture } from '../../../../src/sources/read-capture.ts';
import type { StoredScan } from '../../../../src/store/schema.ts';
import { NOW, RING_API, fixtureJson, fixtureOutline, outlineCapture } from '../../fixtures.ts';

const HOME = '9f2d5a7e-0000-4000-8000-000000000001';
const scan = (id: string, at: string, results: StoredScan['results']): StoredScan => ({
  id,
  accountKey: 'ring:4100001',
  service: 'ring',
  origin: 'https://account.ring.com',
  startedAt: at,
  updatedAt: at,
  results,
});
const users = (body: unknown) => readCapture({ url: `${RING_API}/clients_api/locations/${HOME}/users`, via: 'page-fetch', body, capturedAt: NOW });
const all = fixtureJson(`access/users-${HOME}.json`) as unknown[];

describe('accessFirstSeen', () => {
  const scans = [
    scan('a', '2026-11-01T10:00:00.000Z', [users(all.slice(0, 2))]),
    scan('b', '2026-11-10T10:00:00.000Z', [readCapture(outlineCapture(fixtureOutline('control-center-en.html')))]),
    scan('c', '2026-11-20T10:00:00.000Z', [users(all)]),
  ];
  const firstSeen = accessFirstSeen([...scans].reverse());

  it('dates each entry by the oldest scan that named it, whatever order the scans come in', () => {
    expect(firstSeen['ring:person:4100003']).toBe('2026-11-01T10:00:00.000Z');
    expect(firstSeen['ring:client:Pixel 8']).toBe('2026-11-10T10:00:00.000Z');
    expect(firstSeen['ring:person:4100007']).toBe('2026-11-20T10:00:00.000Z');
  });

  it('dates Key by Amazon from the device list too (only the garage opener is merged, not the whole list)', () => {
    const devices = readCapture({
      url: `${RING_API}/clients_api/ring_devices`,
      via: 'page-fetch',
      body: fixtureJson('ring-devices-privacy.json'),
      capturedAt: NOW,
    });
    expect(accessFirstSeen([scan('d', '2026-11-05T10:00:00.000Z', [devices])])).toEqual({ 'ring:service:key-by-amazon': '2026-11-05T10:00:00.000Z' });
  });

  it('marks as new only what was first seen after the scan the user last looked at; nothing before a first look', () => {
    expect(newSinceSeen(firstSeen, '2026-11-10T10:00:00.000Z')).toEqual(['ring:person:4100007']);
    expect(newSinceSeen(firstSeen, null)).toEqual([]);
  });
});
