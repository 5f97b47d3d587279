import type { ReportDevice, ReportVendorChange } from '../model/report.ts';
import type { Translate } from '../i18n/translate.ts';
import { VENDOR_CHANGES, devicesTouched } from '../knowledge/vendor-changes.ts';

/** Message key of a register entry's statement. */
export const vendorChangeMessageKey = (id: string): string => `vendor_change_${id.replace(/-/g, '_')}`;

/**
 * The register's changes that touch this account: of a country the account is in (never assumed when the
 * country was not read) and counting at least one of the user's own devices. Newest first.
 */
export function reportVendorChanges(
  devices: readonly ReportDevice[],
  countries: { ring: string | null; amazon: string | null },
  t: Translate,
): ReportVendorChange[] {
  return VENDOR_CHANGES.filter((change) => {
    const country = change.service === 'ring' ? countries.ring : countries.amazon;
    return change.regions === null || (country !== null && change.regions.includes(country));
  })
    .map((change) => ({ change, touched: devicesTouched(change.scope, devices) }))
    .filter(({ touched }) => touched.echo + touched.cameras > 0)
    .sort((a, b) => b.change.date.localeCompare(a.change.date))
    .map(({ change, touched }) => ({
      id: change.id,
      date: change.date,
      service: change.service,
      text: t(vendorChangeMessageKey(change.id)),
      touches: touched,
      source: { ...change.source },
    }));
}
