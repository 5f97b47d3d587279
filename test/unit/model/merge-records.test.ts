// @vitest-environment node
import { mergeRecords } from '../../../src/model/merge-records.ts';
import { stampCaptureTime } from '../../../src/model/capture-order.ts';
import { control, controlList, device, features, location, locationUser, monitoring, profile, resultOf, settings } from '../records.ts';

describe('mergeRecords', () => {
  it('replaces an older device list by the newest, whole', () => {
    const merged = mergeRecords([resultOf({ ringDevices: [device('1'), device('2')] }), resultOf({ ringDevices: [device('2', { name: 'Renamed' })] })]);
    expect(merged.ringDevices?.map((d) => [d.id, d.name])).toEqual([['2', 'Renamed']]);
  });

  it('keeps the older device list when a newer source has none, or an empty one', () => {
    const merged = mergeRecords([resultOf({ ringDevices: [device('1')] }), resultOf({ ringDevices: [] }), resultOf({ ringProfile: [profile()] })]);
    expect(merged.ringDevices?.map((d) => d.id)).toEqual(['1']);
    expect(merged.ringProfile).toHaveLength(1);
  });

  it('replaces settings per device by the newer capture and keeps the others', () => {
    const merged = mergeRecords([
      stampCaptureTime(
        resultOf({ ringDeviceSettings: [settings('1', { recordingTtlDays: 30 }), settings('2', { recordingTtlDays: 60 })] }),
        '2026-01-01T10:00:00Z',
      ),
      stampCaptureTime(resultOf({ ringDeviceSettings: [settings('1', { recordingTtlDays: 7 })] }), '2026-01-01T10:01:00Z'),
    ]);
    expect(merged.ringDeviceSettings?.map((s) => [s.deviceId, s.recordingTtlDays])).toEqual([
      ['1', 7],
      ['2', 60],
    ]);
  });

  it('replaces device features, locations and monitoring by their key', () => {
    const merged = mergeRecords([
      resultOf({
        ringDeviceFeatures: [features('1', { familiarFaces: true })],
        ringLocations: [location('L1', { country: null })],
        ringMonitoring: [monitoring('L1', { videoVerification: true })],
      }),
      resultOf({
        ringDeviceFeatures: [features('1', { familiarFaces: false })],
        ringLocations: [location('L1', { country: 'DE' }), location('L2')],
        ringMonitoring: [monitoring('L1', { videoVerification: false })],
      }),
    ]);
    expect(merged.ringDeviceFeatures?.map((f) => f.familiarFaces)).toEqual([false]);
    expect(merged.ringLocations?.map((l) => [l.id, l.country])).toEqual([
      ['L1', 'DE'],
      ['L2', null],
    ]);
    expect(merged.ringMonitoring?.map((m) => m.videoVerification)).toEqual([false]);
  });

  it("drops a user missing from a newer list of the same location, keeping other locations' users", () => {
    const merged = mergeRecords([
      resultOf({
        ringLocationUsers: [locationUser('L1', 'owner', 'owner'), locationUser('L1', 'sam', 'shared_user'), locationUser('L2', 'kim', 'shared_user')],
      }),
      resultOf({ ringLocationUsers: [locationUser('L1', 'owner', 'owner')] }),
    ]);
    expect(merged.ringLocationUsers?.map((u) => `${u.locationId}/${u.userId}`).sort()).toEqual(['L1/owner', 'L2/kim']);
  });

  it('keeps users of a location when a newer source has no users list', () => {
    const merged = mergeRecords([resultOf({ ringLocationUsers: [locationUser('L1', 'sam', 'shared_user')] }), resultOf({ ringLocations: [location('L1')] })]);
    expect(merged.ringLocationUsers?.map((u) => u.userId)).toEqual(['sam']);
  });

  it('replaces Control Center settings by key and device name', () => {
    const merged = mergeRecords([
      resultOf({
        ringControlSettings: [
          control('search-party', 'on', { deviceName: 'A' }),
          control('search-party', 'on', { deviceName: 'B' }),
          control('neighbors', 'on'),
        ],
      }),
      resultOf({ ringControlSettings: [control('search-party', 'off', { deviceName: 'A' }), control('neighbors', 'off'), control('search-party', 'on')] }),
    ]);
    expect(merged.ringControlSettings?.map((s) => [s.key, s.deviceName, s.state])).toEqual([
      ['search-party', 'A', 'off'],
      ['search-party', 'B', 'on'],
      ['neighbors', null, 'off'],
      ['search-party', null, 'on'],
    ]);
  });

  it('replaces Control Center lists by key', () => {
    const merged = mergeRecords([
      resultOf({ ringControlLists: [controlList('shared-users', ['Sam']), controlList('linked-accounts', ['IFTTT'])] }),
      resultOf({ ringControlLists: [controlList('shared-users', [])] }),
    ]);
    expect(merged.ringControlLists?.map((l) => [l.key, l.items])).toEqual([
      ['shared-users', []],
      ['linked-accounts', ['IFTTT']],
    ]);
  });

  it('merges nothing into an empty record set', () => {
    expect(mergeRecords([])).toEqual({});
    expect(mergeRecords([resultOf({})])).toEqual({});
  });
});
