import type { Translate } from '../i18n/translate.ts';
import { plainText } from '../report/escape.ts';
import { CONTROLLERS, type Controller, type LetterService, type Regime } from './controllers.ts';

export type GdprRequest = 'access' | 'erasure' | 'objection' | 'withdrawal';
export type CcpaRequest = 'know' | 'delete' | 'opt-out';

export interface LetterInput {
  regime: Regime;
  service: LetterService;
  requests: readonly (GdprRequest | CcpaRequest)[];
  /** Typed by the user; never taken from a page. */
  person: { name: string; address: string; email: string };
  /** What the scan knows: device and skill names, connected apps (page-derived; plain text in the letter). */
  facts: { devices: string[]; skills: string[]; apps: string[]; policeCameras: string[] };
  date: string;
}

export interface Letter {
  to: Controller;
  subject: string;
  body: string;
}

const ALLOWED: Record<Regime, readonly string[]> = { gdpr: ['access', 'erasure', 'objection', 'withdrawal'], ccpa: ['know', 'delete', 'opt-out'] };

/** Control and direction characters from page-derived names have no place in a letter. */
const plain = (text: string) => plainText(text, 200);

/**
 * A data-rights request, composed locally from the scan and what the user typed. Nothing is sent: the user
 * copies it, opens it as an e-mail draft, or prints it. For Ring, an access request asks specifically which
 * camera recordings were disclosed to law enforcement, when, and on what legal basis.
 */
export function composeLetter(input: LetterInput, t: Translate): Letter {
  const to = CONTROLLERS[input.service][input.regime];
  const requests = input.requests.filter((r) => ALLOWED[input.regime].includes(r));
  const key = (part: string) => `letter_${input.regime}_${part}`;
  const service = t(`letter_service_${input.service}`);
  const lines: string[] = [];
  lines.push(plain(input.person.name) || t('letter_your_name'));
  if (input.person.address.trim()) lines.push(...input.person.address.split(/\r?\n/).map(plain).filter(Boolean));
  if (input.person.email.trim()) lines.push(plain(input.person.email));
  lines.push('', to.name, ...(to.address ? [to.address] : [t('letter_address_see_notice', [to.noticeUrl])]), '', input.date, '');
  const subject = t(key('subject'), [service]);
  lines.push(subject, '', t('letter_salutation'), '', t(key('intro'), [service, plain(input.person.email) || t('letter_account_email')]), '');
  for (const request of requests) {
    lines.push(t(key(`request_${request.replace(/-/g, '_')}`), [service]));
    if (input.service === 'ring' && (request === 'access' || request === 'know')) {
      lines.push(
        '',
        t('letter_police_question', [input.facts.policeCameras.length ? input.facts.policeCameras.map(plain).join(', ') : t('letter_all_cameras')]),
      );
    }
    lines.push('');
  }
  const facts = [
    ...input.facts.devices.map((d) => t('letter_fact_device', [plain(d)])),
    ...input.facts.skills.map((s) => t('letter_fact_skill', [plain(s)])),
    ...input.facts.apps.map((a) => t('letter_fact_app', [plain(a)])),
  ].slice(0, 60);
  if (facts.length > 0) lines.push(t('letter_facts_intro'), ...facts.map((f) => `- ${f}`), '');
  lines.push(t(key('deadline')), '', t('letter_closing'), '', plain(input.person.name) || t('letter_your_name'));
  return { to, subject, body: lines.join('\n') };
}

/** An e-mail draft the user's own mail program opens, to the controller's verified address if there is one. */
export function mailtoLink(letter: Letter): string {
  const to = letter.to.email ? encodeURIComponent(letter.to.email) : '';
  return `mailto:${to}?subject=${encodeURIComponent(letter.subject)}&body=${encodeURIComponent(letter.body)}`;
}

/** Placeholders still in the letter (name, account e-mail), to be flagged before it is sent. */
export function unfilledPlaceholders(letter: Letter, t: Translate): string[] {
  return [t('letter_your_name'), t('letter_account_email')].filter((p) => letter.body.includes(p));
}
