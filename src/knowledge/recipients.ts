/** Who may receive data. Names are in `_locales` as `recipient_<id with _>`. */
export const RECIPIENT_IDS = [
  'ring',
  'amazon',
  'police',
  'device-owner',
  'sidewalk-network',
  'shared-users',
  'logged-in-devices',
  'partners',
  'app-maker',
  'axon',
  'neighbors',
  'delivery-drivers',
  'monitoring-center',
  'guard-service',
  'watch-duty',
  'skill-vendor',
  'household',
  'reviewers',
] as const;
export type RecipientId = (typeof RECIPIENT_IDS)[number];

export function recipientMessageKey(id: RecipientId): string {
  return `recipient_${id.replace(/-/g, '_')}`;
}
