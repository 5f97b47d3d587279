import en from '../../../../public/_locales/en/messages.json' with { type: 'json' };
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { buildReport } from '../../../../src/report/build-report.ts';
import { bundledTranslator } from '../../../../src/i18n/bundled-messages.ts';
import { readInput } from '../../../../src/cli/read-input.ts';
import type { Report, ReportDevice, ReportFinding } from '../../../../src/model/report.ts';
import { DataFlow } from '../../../../src/ui/flow/DataFlow.tsx';
import { NOW, REPO_ROOT, harResults } from '../../fixtures.ts';

const ctx = { t: bundledTranslator('en'), locale: 'en' as const, toolVersion: '0.0.0-test', now: NOW };

function ringReport(): Report {
  return buildReport(harResults(), ctx);
}

function alexaReport(): Report {
  const files = ['alexa-deep-scan.har', 'alexa-privacy-myad-de.html'];
  return buildReport(
    files.flatMap((name) => readInput(name, readFileSync(resolve(REPO_ROOT, 'test/fixtures/alexa', name), 'utf8'), NOW)),
    ctx,
  );
}

const LONG = 'Ä'.repeat(10_000);
const HOSTILE = ['<img src=x onerror=alert(1)>', '</svg><script>alert(1)</script>', '\u202Egnp.exe\u202C Kamera', LONG];

/** A Ring report whose devices, owner and location carry hostile names. */
function hostileReport(): Report {
  const base = ringReport();
  const e2ee = base.findings.find((f) => f.id === 'ring.e2ee-off')!;
  const devices: ReportDevice[] = HOSTILE.map((name, i) => ({
    id: `h${i}`,
    service: 'ring',
    name,
    category: 'camera',
    maker: name,
    via: i === 1 ? { kind: 'shared-by-owner', id: 'o1', name } : { kind: 'vendor-cloud', id: 'ring', name: 'Ring' },
    owned: i !== 1,
  }));
  const findings: ReportFinding[] = [
    ...HOSTILE.map((name, i) => ({
      ...e2ee,
      subject: { type: 'device' as const, id: `h${i}`, name },
      recipients: [...e2ee.recipients, { id: 'police', name }],
    })),
    { ...e2ee, id: 'ring.location-precise', subject: { type: 'location', id: 'loc', name: HOSTILE[0]! } },
  ];
  return { ...base, devices, findings, policePaths: [] };
}

let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

function svg(): SVGSVGElement {
  const all = container.querySelectorAll('svg');
  expect(all).toHaveLength(1);
  return all[0]!;
}

/** Tag, attributes and text of a subtree, as a string (no innerHTML). */
function dump(node: Node): string {
  if (node.nodeType === 3) return JSON.stringify(node.textContent);
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const attrs = [...el.attributes]
    .map((a) => `${a.name}=${JSON.stringify(a.value)}`)
    .sort()
    .join(' ');
  return `<${el.tagName.toLowerCase()} ${attrs}>${[...el.childNodes].map(dump).join('')}</>`;
}

it('renders the Ring report as one labelled svg image with a text alternative', () => {
  render(<DataFlow report={ringReport()} />, container);
  const el = svg();
  expect(el.getAttribute('role')).toBe('img');
  const [titleId, descId] = el.getAttribute('aria-labelledby')!.split(' ');
  expect(el.querySelector(`title[id="${titleId}"]`)?.textContent).toBe(en['flow_title']?.message);
  // The summary names the counts: 6 Ring devices, 2 cameras with an open police path.
  expect(el.querySelector(`desc[id="${descId}"]`)?.textContent).toMatch(/6 devices send data to Ring; 2 cameras' videos can reach police/);
  expect(el.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
  expect(el.querySelector('[data-node-id="device:ring:70010001"]')?.textContent).toContain('Front Door');
  expect(el.querySelector('[data-edge-id="device:ring:70010001->service:ring"]')?.getAttribute('data-labels')).toBe('video,sound');
  expect(el.querySelector('[data-edge-id="service:ring->recipient:police"]')?.getAttribute('data-labels')).toContain('video');
  expect(el.querySelector('[data-node-id="recipient:police"]')?.getAttribute('class')).toContain('flow-node--alert');
  const edges = el.querySelectorAll('path.flow-edge');
  expect(edges.length).toBeGreaterThan(10);
  for (const p of edges) expect(p.getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+.*C/);
  const list = container.querySelector('ul[data-testid="data-flow-sentences"]')!;
  expect(list.querySelectorAll('li').length).toBe(edges.length - el.querySelectorAll('path.flow-edge--middle').length);
});

it('renders the Alexa report: thermostat → ecobee skill → Amazon with temperature', () => {
  const report = alexaReport();
  render(<DataFlow report={report} />, container);
  const thermostat = report.devices.find((d) => d.name === 'Wohnzimmer Thermostat')!;
  const skill = svg().querySelector('[data-node-id^="path:skill:amzn1.ask.skill.3f1c9a52"]')!;
  expect(skill.textContent).toContain('ecobee');
  const edge = svg().querySelector(`[data-edge-id="device:amazon:${thermostat.id}->${skill.getAttribute('data-node-id')}"]`);
  expect(edge?.getAttribute('data-labels')).toBe('temperature');
  expect(svg().querySelector(`text[data-edge-id="device:amazon:${thermostat.id}->${skill.getAttribute('data-node-id')}"]`)?.textContent).toBe(
    en['flow_label_temperature']?.message,
  );
});

it('renders hostile names as text only, cut to fit, in full in the title', () => {
  render(<DataFlow report={hostileReport()} />, container);
  const el = svg();
  expect(container.querySelectorAll('img, script, foreignObject, iframe')).toHaveLength(0);
  expect(container.querySelectorAll('svg')).toHaveLength(1);
  expect(el.parentElement?.getAttribute('data-testid')).toBe('data-flow');
  const names = [...el.querySelectorAll('.flow-node__name')].map((t) => t.textContent ?? '');
  expect(names.some((n) => n.startsWith('<img src=x'))).toBe(true);
  expect(names.some((n) => n.startsWith('</svg><script>'))).toBe(true);
  // Bidi overrides are removed, so a name cannot reorder what is shown.
  const all = el.textContent ?? '';
  expect(all).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  expect(names).toContain('gnp.exe Kamera');
  const long = el.querySelector('[data-node-id="device:ring:h3"]')!;
  const shown = long.querySelector('.flow-node__name')!.textContent;
  expect(shown.length).toBeLessThan(40);
  expect(shown.endsWith('…')).toBe(true);
  expect(long.querySelector('title')!.textContent).toBe(LONG);
  // Sentences name it, but not 10,000 characters long.
  for (const li of container.querySelectorAll('li')) expect(li.textContent.length).toBeLessThan(400);
});

it('shows an empty-state message for an empty report, not a broken svg', () => {
  render(<DataFlow report={{ ...ringReport(), devices: [], findings: [], policePaths: [] }} />, container);
  expect(container.querySelector('svg')).toBeNull();
  const section = container.querySelector('[data-testid="data-flow"]')!;
  expect(section.getAttribute('class')).toContain('flow--empty');
  expect(section.textContent).toBe(en['flow_empty']?.message);
});

it('renders the same output twice', () => {
  const other = document.createElement('div');
  document.body.append(other);
  render(<DataFlow report={alexaReport()} />, container);
  render(<DataFlow report={alexaReport()} />, other);
  expect(dump(other)).toBe(dump(container));
  render(null, other);
  other.remove();
});

it('fits the popup in the compact picture: three columns, what flows inside the nodes', () => {
  render(<DataFlow report={alexaReport()} compact />, container);
  const el = svg();
  const [, , width] = el.getAttribute('viewBox')!.split(' ').map(Number);
  expect(width).toBeLessThanOrEqual(380);
  expect(container.querySelector('[data-testid="data-flow"]')!.getAttribute('class')).toContain('flow--compact');
  expect(el.querySelectorAll('[data-column="1"]')).toHaveLength(0);
  expect(el.querySelectorAll('text.flow-label')).toHaveLength(0);
  expect(el.querySelector('[data-node-id="recipient:reviewers"] .flow-node__note')?.textContent).toContain(en['flow_label_voice']?.message);
});
