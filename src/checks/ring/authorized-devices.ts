import { controlListCheck } from './control-list-check.ts';

/** Phones, browsers and integrations signed in to the account (Control Center → Authorized Client Devices). */
export const authorizedDevices = controlListCheck('ring.authorized-devices', 'authorized-devices', 'Authorized Client Devices');
