import type { Check } from '../check.ts';
import { controlSettings, deviceSubject, ringAccountSubject } from '../check.ts';
import type { RawFinding } from '../../model/finding.ts';

/**
 * Amazon Sidewalk: the account switch in the Control Center, and devices that act as a bridge or connect
 * through it. When the switch is read as off, bridge-capable devices share nothing and yield no finding.
 */
export const sidewalk: Check = {
  id: 'ring.sidewalk',
  run: (records) => {
    const account = controlSettings(records, 'sidewalk').find((s) => s.state !== null && s.deviceName === null);
    if (account?.state === 'off') return [];
    const devices = (records.ringDevices ?? [])
      .filter((device) => device.isSidewalkGateway === true || device.sidewalkConnected === true)
      .map(
        (device): RawFinding => ({
          id: 'ring.sidewalk',
          service: 'ring',
          subject: deviceSubject(device),
          evidence: {
            source: 'ring.devices',
            field: device.isSidewalkGateway === true ? 'is_sidewalk_gateway' : 'health.sidewalk_connection',
          },
          details: { bridge: device.isSidewalkGateway, connectedViaSidewalk: device.sidewalkConnected, accountSwitch: account?.state ?? null },
        }),
      );
    if (account?.state !== 'on') return devices;
    return [
      ...devices,
      {
        id: 'ring.sidewalk',
        service: 'ring',
        subject: ringAccountSubject(records),
        evidence: { source: 'ring.control-center', field: 'Amazon Sidewalk' },
        details: { accountSwitch: 'on' },
      },
    ];
  },
};
