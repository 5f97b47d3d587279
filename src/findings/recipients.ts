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
  'pet-owner',
  'appstore-developers',
] as const;
export type RecipientId = (typeof RECIPIENT_IDS)[number];

/**
 * The message naming a recipient. Police reach Ring's videos and Amazon's recordings under different rules (Ring's
 * own emergency exception, Amazon's legal orders), so a finding of Amazon's names them in Amazon's terms.
 */
export function recipientMessageKey(id: string, service?: 'ring' | 'alexa' | 'amazon'): string {
  if (id === 'police' && service !== undefined && service !== 'ring') return 'recipient_police_amazon';
  return `recipient_${id.replace(/-/g, '_')}`;
}
