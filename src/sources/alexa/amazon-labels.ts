import type { AmazonSettingKey } from '../../model/alexa.ts';

/**
 * Alexa Privacy and Amazon account labels in English and German, matched by meaning. The real markup is
 * not public; labels come from Amazon's help pages and press how-tos (../shared/knowledge/amazon-pages.md).
 */
export const SETTING_LABELS: readonly (readonly [AmazonSettingKey, RegExp])[] = [
  ['message-transcription', /(messages?|nachrichten).{0,60}(transcri|transkri)|(transcri|transkri).{0,60}(messages?|nachrichten)/i],
  [
    'human-review',
    /use of voice recordings|help improve alexa|improve amazon services|verwendung (von|der) sprachaufnahmen|alexa verbessern|zur verbesserung von alexa/i,
  ],
  ['voice-retention', /how long to save|choose how long|recordings? (are|is) saved|speicherdauer|automatisch löschen|wie lange.{0,40}(gespeichert|speichern)/i],
  ['sidewalk', /amazon sidewalk/i],
];

/** Voice-recording retention choices, as the radio labels name them. */
export const RETENTION_OPTIONS: readonly (readonly [string, RegExp])[] = [
  ['dont-save', /don.?t save|do not save|keine (sprach)?aufnahmen speichern|nicht speichern/i],
  ['3-months', /\b3 (months|monate)/i],
  ['18-months', /\b18 (months|monate)/i],
  ['until-deleted', /until i delete|bis ich sie lösche|bis (sie|ich sie) (aktiv )?(ge)?lösch/i],
];

/** Permission names as the skill-permission pages show them → the scope they stand for. */
export const PERMISSION_LABELS: readonly (readonly [string, RegExp])[] = [
  ['alexa:devices:all:address:country_and_postal_code:read', /country and postal code|land und postleitzahl|postleitzahl/i],
  ['alexa::devices:all:address:full:read', /device address|geräteadresse|adresse des geräts/i],
  ['alexa::devices:all:geolocation:read', /location services|standortdienste|standort/i],
  ['alexa::profile:given_name:read', /given name|first name|vorname/i],
  ['alexa::profile:name:read', /full name|customer name|vollständiger name|kundenname/i],
  ['alexa::profile:email:read', /e-?mail/i],
  ['alexa::profile:mobile_number:read', /mobile number|phone number|handynummer|telefonnummer|mobilnummer/i],
  ['alexa::household:lists:write', /lists? write|listen (schreiben|bearbeiten)|schreibzugriff auf listen/i],
  ['alexa::household:lists:read', /lists? read|listen lesen|lesezugriff auf listen/i],
  ['alexa::alerts:reminders:skill:readwrite', /reminders|erinnerungen/i],
  ['alexa::alerts:timers:skill:readwrite', /timers|timer/i],
  ['alexa::person_id:read', /personali[sz]ation|personalisierung/i],
  ['payments:autopay_consent', /amazon pay/i],
  ['alexa::devices:all:notifications:write', /notifications|benachrichtigungen/i],
];

export const PERMISSIONS_PAGE = /skill permissions|skill-berechtigungen|berechtigungen verwalten|manage permissions/i;
/** The heading of the list of apps themselves (not a breadcrumb or help list on the same page). */
export const APPS_LIST = /active apps|aktiven apps|apps (&|and|und) websites|apps und websites|apps (and|und) (services|dienste)/i;
export const APPS_PAGE = /apps? (&|and|und) (websites?|services)|apps und websites|zugriff auf ihre daten|access to your data/i;

export function firstMatch<K extends string>(table: readonly (readonly [K, RegExp])[], text: string | null): K | null {
  if (!text) return null;
  return table.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}
