import { collectStructure } from '../../../src/sources/page-outline/collect-structure.ts';
import { redactStructure, redactText, scrub } from '../../../src/report/redact-structure.ts';
import { fixtureText } from '../fixtures.ts';

/** Every personal value planted in the fixture page; none may survive redaction. */
const PLANTED = [
  'Jonathan',
  'Plantedname',
  'jonathan.planted@example.invalid',
  '98765432',
  'Heidi',
  'Geheimnis',
  'heidi-geheim@example.invalid',
  'Geheimweg',
  '10999',
  'SN-X7Q9PLANTED42',
  'PLANTED42',
  '00:1A:2B:3C:4D:5E',
  'tok_PLANTEDsecret123456',
  'PLANTEDsecret',
  'PLANTEDSNAP998877',
  '4100777',
  'Neighbourhood Mesh',
];

function snapshotOf(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return redactStructure(collectStructure(doc), { name: 'alexpose', version: 'test' }, '2026-11-22T00:00:00.000Z');
}

describe('redacted page snapshot', () => {
  const snapshot = snapshotOf(fixtureText('control-center-unrecognized.html'));

  it.each(PLANTED)('contains no trace of the planted value %s', (value) => {
    expect(snapshot.toLowerCase()).not.toContain(value.toLowerCase());
  });

  it('keeps the structure, roles, switch states and known labels', () => {
    const parsed = JSON.parse(snapshot) as { nodes: unknown[] };
    expect(parsed.nodes).toHaveLength(1);
    expect(snapshot).toContain('"role": "switch"');
    expect(snapshot).toContain('"aria-checked": "true"');
    expect(snapshot).toContain('"aria-checked": "false"');
    expect(snapshot).toContain('"Video Storage Time"');
    // Unknown texts are measured, not shown: "Jonathan Plantedname" has 20 characters.
    expect(snapshot).toContain('[text:20]');
  });

  it('keeps a label only when the known words are most of it', () => {
    expect(redactText('Community Requests')).toBe('Community Requests');
    expect(redactText('Amazon Sidewalk')).toBe('Amazon Sidewalk');
    expect(redactText('Standort Musterstraße 1, 10115 Berlin')).toBe('[text:37]');
    expect(redactText('Ernst Mustermann')).toBe('[text:16]');
  });

  it('keeps of a label only the known words: a first name beside it is measured, not shown (issue 25)', () => {
    expect(redactText('Maria Amazon Sidewalk')).toBe('[text:5] Amazon Sidewalk');
    expect(redactText('Community Requests Jo')).toBe('Community Requests [text:2]');
  });

  it('keeps neither class names nor data-testid values (issue 25)', () => {
    const out = snapshotOf(
      '<div class="user-maria card--9f2d" data-testid="device-maria-front-door"><button role="switch" aria-checked="true" type="button">Amazon Sidewalk</button></div>',
    );
    expect(out).not.toMatch(/maria|9f2d/i);
    expect(out).toContain('"classes": "[classes:2]"');
    expect(out).toContain('"data-testid": "[value]"');
    expect(out).toContain('"type": "button"');
  });

  it('scrubs e-mails, links, ids, phone numbers and tokens wherever they appear', () => {
    expect(scrub('mail a.b@c.de or https://x.example/?t=1 id 9f2d5a7e-0000-4000-8000-000000000001 call +49 30 1234567 key abcDEF123456789')).toBe(
      'mail [email] or [url] id [id] call [number] key [token]',
    );
  });

  it('never copies attribute values other than states', () => {
    expect(snapshot).not.toMatch(/"(href|src|alt|title|id)"/);
    expect(snapshot).toContain('"aria-label": "[value]"');
  });
});
