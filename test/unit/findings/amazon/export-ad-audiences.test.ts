import { exportAdAudiences } from '../../../../src/findings/amazon/export-ad-audiences.ts';
import { pair } from '../pairs/amazon.export-ad-audiences.ts';

describe('amazon.export-ad-audiences', () => {
  it('is found in the triggering records', () => {
    const [finding] = exportAdAudiences.run(pair.triggering);
    expect(finding?.details).toMatchObject({
      audiences: 2,
      amazonAudiences: 1,
      thirdPartyAudiences: 1,
      advertiserAudiences: 1,
      names: 'Smart Home Enthusiasts, Homeowners',
    });
  });

  it('is not found in the quiet records', () => {
    expect(exportAdAudiences.run(pair.quiet)).toEqual([]);
  });
});
