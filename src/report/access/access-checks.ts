/**
 * Manual checks about who can reach the home that no page Alexposé reads shows: Drop In (anyone the account
 * allows can drop in on an Echo), an installer's access, shared users who may change Modes, Intercom auto-access.
 * The access view lists them beside the entries that were read.
 */
export const ACCESS_MANUAL_CHECKS: ReadonlySet<string> = new Set([
  'alexa.drop-in',
  'ring.installer-user',
  'ring.modes-shared-users',
  'ring.intercom-auto-access',
]);
