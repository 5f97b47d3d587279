import type { Check } from '../check.ts';
import { deviceSubject } from '../check.ts';

/** A device acting as an Amazon Sidewalk bridge, or connected through Sidewalk right now. */
export const sidewalk: Check = {
  id: 'ring.sidewalk',
  run: (records) =>
    (records.ringDevices ?? [])
      .filter((device) => device.isSidewalkGateway === true || device.sidewalkConnected === true)
      .map((device) => ({
        id: 'ring.sidewalk',
        service: 'ring',
        subject: deviceSubject(device),
        evidence: {
          source: 'ring.devices',
          field: device.isSidewalkGateway === true ? 'is_sidewalk_gateway' : 'health.sidewalk_connection',
        },
        details: { bridge: device.isSidewalkGateway, connectedViaSidewalk: device.sidewalkConnected },
      })),
};
