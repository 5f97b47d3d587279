// @vitest-environment node
import { locationPrecise } from '../../../../src/findings/ring/location-precise.ts';
import { location, subjectsAndRisks } from '../../records.ts';

describe('ring.location-precise', () => {
  it('finds coordinates with 4 decimals but not with 3', () => {
    const records = { ringLocations: [location('four', { coordinateDecimals: 4 }), location('three', { coordinateDecimals: 3 }), location('none')] };
    const findings = locationPrecise.run(records);
    expect(subjectsAndRisks(findings)).toEqual([['location', 'four', 'low']]);
    expect(findings[0]).toMatchObject({ evidence: { field: 'geo_coordinates' }, details: { streetAddress: false, coordinateDecimals: 4 } });
  });

  it('finds a stored street address whatever the coordinates', () => {
    const findings = locationPrecise.run({ ringLocations: [location('addr', { hasStreetAddress: true, coordinateDecimals: 1 })] });
    expect(subjectsAndRisks(findings)).toEqual([['location', 'addr', 'low']]);
    expect(findings[0]?.evidence.field).toBe('address');
  });
});
