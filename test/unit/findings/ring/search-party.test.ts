// @vitest-environment node
import { searchParty } from '../../../../src/findings/ring/search-party.ts';
import { control, device, subjectsAndRisks } from '../../records.ts';
import { ACCOUNT, withProfile } from './account.ts';

describe('ring.search-party', () => {
  const devices = [device('70010002', { name: 'Garten Flutlicht' }), device('70010001', { name: 'Front Door' })];

  it('maps the row of a camera to that camera when the device list knows its name', () => {
    const records = {
      ringDevices: devices,
      ringControlSettings: [control('search-party', 'on', { deviceName: 'Garten Flutlicht' }), control('search-party', 'off', { deviceName: 'Front Door' })],
    };
    const findings = searchParty.run(records);
    expect(subjectsAndRisks(findings)).toEqual([['device', '70010002', 'medium']]);
    expect(findings[0]?.subject.name).toBe('Garten Flutlicht');
  });

  it('keeps the row name as the device when the device list does not know it', () => {
    const findings = searchParty.run({ ringControlSettings: [control('search-party', 'on', { deviceName: 'Shed Cam' })] });
    expect(findings.map((f) => f.subject)).toEqual([{ type: 'device', id: 'Shed Cam', name: 'Shed Cam' }]);
  });

  it('counts Natural Hazards as Search Party too, and an account-wide switch for the account', () => {
    const records = withProfile({
      ringDevices: devices,
      ringControlSettings: [control('natural-hazards', 'on', { deviceName: 'Front Door' }), control('search-party', 'on')],
    });
    expect(subjectsAndRisks(searchParty.run(records))).toEqual([
      ['account', ACCOUNT, 'medium'],
      ['device', '70010001', 'medium'],
    ]);
  });

  it('finds nothing when every row is off', () => {
    expect(
      searchParty.run({
        ringDevices: devices,
        ringControlSettings: [control('search-party', 'off', { deviceName: 'Front Door' }), control('natural-hazards', 'off', { deviceName: 'Front Door' })],
      }),
    ).toEqual([]);
  });
});
