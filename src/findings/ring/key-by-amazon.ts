import { defineFinding, type FindingDraft } from '../define-finding.ts';
import { ringAccountSubject } from '../subjects.ts';
import { RING_DASHBOARD } from './ring-urls.ts';
import { SOURCE } from '../../model/source-ids.ts';

/**
 * A door or garage linked to Key by Amazon: delivery drivers can open it. From the lock associations or the device list:
 * a garage opener's `metadata.integration_type`, or a Ring Intercom's `metadata.key_access_point_associated: true`
 * (the building door opens for Amazon deliveries: "automatische Freigabe für Amazon-Lieferungen", Auto-Verify).
 */
export const keyByAmazon = defineFinding({
  id: 'ring.key-by-amazon',
  check: (records) => {
    const devices = records.ringDevices ?? [];
    const fromList = devices
      .filter((d) => d.keyByAmazon || d.keyAccessPoint)
      .map((d): FindingDraft => ({
        service: 'ring',
        subject: { type: 'device', id: d.id, name: d.name },
        evidence: { source: SOURCE.ringDevices, field: d.keyByAmazon ? 'metadata.integration_type' : 'metadata.key_access_point_associated' },
        details: { maker: d.maker, model: d.model ?? null, intercom: d.category === 'intercom' },
      }));
    const seen = new Set(fromList.map((f) => f.subject.id));
    const fromAssociations = (records.ringKeyAssociations ?? [])
      .filter((a) => !a.deviceId || !seen.has(a.deviceId))
      .map((a): FindingDraft => {
        const device = a.deviceId ? devices.find((d) => d.id === a.deviceId) : undefined;
        return {
          service: 'ring',
          subject: device
            ? { type: 'device', id: device.id, name: device.name }
            : a.deviceId
              ? { type: 'device', id: a.deviceId, name: a.name ?? a.deviceId }
              : ringAccountSubject(records),
          evidence: { source: SOURCE.ringKeyAssociations, field: 'lock_associations' },
          details: { association: a.id },
        };
      });
    return [...fromList, ...fromAssociations];
  },
  catalog: {
    service: 'ring',
    risk: 'high',
    recipients: ['amazon', 'delivery-drivers', 'ring'],
    steps: 4,
    helpUrl: {
      en: 'https://www.amazon.com/key',
      de: 'https://ring.com/de/de/support/articles/s2qxf/Using-Auto-Verify-for-Amazon-Deliveries-With-Your-Ring-Intercom',
    },
    helpUrlVerified: false,
    helpUrlNote:
      'German article s2qxf (Ring Intercom, "automatische Freigabe für Amazon-Lieferungen", switched off in the Ring app) read again 2026-12-06; amazon.com/key was not read.',
    settingsUrl: RING_DASHBOARD,
    // Key by Amazon in the US (in-garage delivery also in Canada since October 2024, per press); Ring Intercom's access for
    // Amazon deliveries in Germany and the UK (s2qxf).
    regions: ['US', 'CA', 'DE', 'GB'],
    reviewedOn: '2026-12-06',
  },
  labels: ['door-access'],
  place: { kind: 'app', appSteps: 3, minutes: 3 },
});
