import { defineFinding, type FindingDraft } from '../define-finding.ts';
import { deviceSubject, ringAccountSubject } from '../subjects.ts';
import { controlSettings } from './ring-records.ts';
import { RING_CONTROL_CENTER } from './ring-urls.ts';
import { SOURCE } from '../../model/source-ids.ts';

/**
 * Amazon Sidewalk: the account switch in the Control Center, and devices that act as a bridge or connect
 * through it. When the switch is read as off, bridge-capable devices share nothing and yield no finding.
 */
export const sidewalk = defineFinding({
  id: 'ring.sidewalk',
  check: (records) => {
    const account = controlSettings(records, 'sidewalk').find((s) => s.state !== null && s.deviceName === null);
    if (account?.state === 'off') return [];
    const devices = (records.ringDevices ?? [])
      .filter((device) => device.isSidewalkGateway === true || device.sidewalkConnected === true)
      .map((device): FindingDraft => ({
        service: 'ring',
        subject: deviceSubject(device),
        evidence: {
          source: SOURCE.ringDevices,
          field: device.isSidewalkGateway === true ? 'is_sidewalk_gateway' : 'health.sidewalk_connection',
        },
        details: { bridge: device.isSidewalkGateway, connectedViaSidewalk: device.sidewalkConnected, accountSwitch: account?.state ?? null },
      }));
    if (account?.state !== 'on') return devices;
    return [
      ...devices,
      {
        service: 'ring',
        subject: ringAccountSubject(records),
        evidence: { source: SOURCE.ringControlCenter, field: 'Amazon Sidewalk' },
        details: { accountSwitch: 'on' },
      },
    ];
  },
  catalog: {
    service: 'ring',
    risk: 'medium',
    recipients: ['amazon', 'sidewalk-network'],
    steps: 3,
    // No Ring help article on Sidewalk was found; Amazon's own Sidewalk page is the official source.
    helpUrl: {
      en: 'https://www.amazon.com/Amazon-Sidewalk/b?ie=UTF8&node=21328123011',
      de: 'https://www.amazon.com/Amazon-Sidewalk/b?ie=UTF8&node=21328123011',
    },
    helpUrlVerified: false,
    helpUrlNote:
      "Amazon's Sidewalk page is linked from AWS documentation, its text was not read; no Ring article on Sidewalk was found, and Sidewalk is US only, so there is no German page.",
    settingsUrl: RING_CONTROL_CENTER,
    regions: ['US'],
    reviewedOn: '2026-12-06',
  },
  labels: ['network'],
  place: { kind: 'app', appSteps: 3, minutes: 2 },
  settingOnlyOn: SOURCE.ringControlCenter,
});
