// @vitest-environment node
import { composeLetter, mailtoLink, type LetterInput } from '../../../src/letters/compose-letter.ts';
import { CONTROLLERS } from '../../../src/letters/controllers.ts';
import { bundledTranslator } from '../../../src/i18n/bundled-messages.ts';

const person = { name: 'Alex Muster', address: 'Musterstraße 1\n10115 Berlin', email: 'alex@example.invalid' };
const facts = { devices: ['Front Door', 'Garten Flutlicht'], skills: ['Wetter Pro'], apps: ['ecobee'], policeCameras: ['Front Door', 'Garten Flutlicht'] };
const input = (over: Partial<LetterInput>): LetterInput => ({
  regime: 'gdpr',
  service: 'ring',
  requests: ['access'],
  person,
  facts,
  date: '22.11.2026',
  ...over,
});

describe('data-rights letters', () => {
  it('GDPR access to Ring, in German: Art. 15 with recipients and storage period, the police question naming the open cameras, prefilled facts', () => {
    const letter = composeLetter(input({}), bundledTranslator('de'));
    expect(letter.to).toBe(CONTROLLERS.ring.gdpr);
    expect(letter.subject).toBe('Antrag nach der DSGVO zu meinen Daten bei Ring');
    expect(letter.body).toContain('Auskunft (Art. 15 DSGVO)');
    expect(letter.body).toContain('Art. 15 Abs. 1 lit. c');
    expect(letter.body).toContain('Art. 15 Abs. 1 lit. d');
    expect(letter.body).toContain('welche Aufnahmen meiner Kameras (Front Door, Garten Flutlicht) Sie an Strafverfolgungs');
    expect(letter.body).toContain('ohne gerichtlichen Beschluss');
    expect(letter.body).toContain('- Gerät: Garten Flutlicht');
    expect(letter.body).toContain('Alex Muster\nMusterstraße 1\n10115 Berlin\nalex@example.invalid');
    expect(letter.body).toContain('innerhalb eines Monats');
    expect(letter.body).toContain('Postanschrift: siehe die aktuelle Datenschutzerklärung');
  });

  it('GDPR erasure, objection and withdrawal to Amazon, in English, addressed to its Luxembourg entity', () => {
    const letter = composeLetter(input({ service: 'amazon', requests: ['erasure', 'objection', 'withdrawal'] }), bundledTranslator('en'));
    expect(letter.body).toContain('38 avenue John F. Kennedy, L-1855 Luxembourg');
    for (const text of ['Erasure (Art. 17 GDPR)', 'Objection (Art. 21 GDPR)', 'Withdrawal of consent (Art. 7(3) GDPR)']) expect(letter.body).toContain(text);
    expect(letter.body).not.toContain('Access (Art. 15 GDPR)');
    // The police question belongs to Ring's cameras only.
    expect(letter.body).not.toContain('law enforcement or other authorities');
    expect(letter.body).toContain('- skill with access to my data: Wetter Pro');
    expect(letter.body).toContain('- app with access to my data: ecobee');
  });

  it('CCPA/CPRA requests for US users, both languages, with the 45-day deadline; GDPR-only requests are ignored', () => {
    const en = composeLetter(input({ regime: 'ccpa', requests: ['know', 'delete', 'opt-out', 'erasure'] }), bundledTranslator('en'));
    expect(en.subject).toBe('California Consumer Privacy Act request concerning my data at Ring');
    for (const text of ['§§ 1798.100, 1798.110, 1798.115', '§ 1798.105', '§ 1798.120', 'within 45 days']) expect(en.body).toContain(text);
    expect(en.body).not.toContain('Art. 17');
    expect(en.body).toContain('which recordings of my cameras (Front Door, Garten Flutlicht)');
    const de = composeLetter(input({ regime: 'ccpa', service: 'amazon', requests: ['know'] }), bundledTranslator('de'));
    expect(de.to).toBe(CONTROLLERS.amazon.ccpa);
    expect(de.body).toContain('Recht auf Auskunft');
  });

  it('asks for all cameras when no open police path is known, and uses placeholders when the user typed nothing', () => {
    const letter = composeLetter(
      input({ person: { name: '', address: '', email: '' }, facts: { devices: [], skills: [], apps: [], policeCameras: [] } }),
      bundledTranslator('en'),
    );
    expect(letter.body).toContain('(all cameras of my account)');
    expect(letter.body.startsWith('[Your name]')).toBe(true);
    expect(letter.body).toContain('[the e-mail address of my account]');
    expect(letter.body).not.toContain('To help you find my data');
  });

  it('keeps page-derived names as plain text and builds a mailto draft without an addressee', () => {
    const letter = composeLetter(input({ facts: { ...facts, devices: ['Door\u202Eevil\u001b[2J\nSecond line'] } }), bundledTranslator('en'));
    expect(letter.body).toContain('- device: Doorevil[2J Second line');
    expect(letter.body.includes('\u202e') || letter.body.includes('\u001b')).toBe(false);
    const mailto = mailtoLink(letter);
    expect(mailto.startsWith('mailto:?subject=')).toBe(true);
    expect(decodeURIComponent(mailto.split('&body=')[1] ?? '')).toBe(letter.body);
  });
});
