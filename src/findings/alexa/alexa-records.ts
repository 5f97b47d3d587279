import type { Records } from '../../model/records.ts';
import type { AlexaEchoDevice, SmartHomeEndpoint } from '../../model/alexa.ts';

/** The Echo an endpoint or setting belongs to, by serial or device account id. */
export function echoBy(records: Records, match: { serial?: string | null; deviceAccountId?: string | null }): AlexaEchoDevice | undefined {
  return (records.alexaDevices ?? []).find(
    (d) => (match.serial && d.serial === match.serial) || (match.deviceAccountId && d.deviceAccountId === match.deviceAccountId),
  );
}

/** The vendor a skill-connected device comes through: the skill's title when Your Skills was read, else the maker. */
export function vendorOf(records: Records, endpoint: SmartHomeEndpoint): string | null {
  const skill = endpoint.path.id ? (records.alexaSkills ?? []).find((s) => s.skillId === endpoint.path.id) : undefined;
  return skill?.title ?? endpoint.maker;
}
