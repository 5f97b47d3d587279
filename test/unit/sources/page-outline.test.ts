import { extractOutline } from '../../../src/sources/page-outline/extract-outline.ts';
import type { OutlineControl, PageOutline } from '../../../src/model/page-outline.ts';
import { fixtureOutline } from '../fixtures.ts';

function outlineOf(html: string): PageOutline {
  return extractOutline(new DOMParser().parseFromString(html, 'text/html'));
}

function controlAt(outline: PageOutline, label: string, section: string | null = null): OutlineControl {
  const found = outline.controls.find((c) => c.label === label && (section === null || c.section === section));
  if (!found) throw new Error(`no control "${label}" in ${section ?? 'any section'}`);
  return found;
}

describe('extractOutline on the English Control Center', () => {
  const outline = fixtureOutline('control-center-en.html');

  it('keeps language, title and the headings of the main content in document order', () => {
    expect(outline).toMatchObject({ kind: 'page-outline', lang: 'en', title: 'Control Center | Ring' });
    expect(outline.headings.slice(0, 3)).toEqual(['Control Center', 'Account Control', 'Video Storage Time']);
    expect(outline.headings).toEqual(
      expect.arrayContaining(['Community Control', 'Amazon Sidewalk', 'Search Party', 'Garten Flutlicht', 'Front Door', 'Labs']),
    );
    expect(outline.headings).toHaveLength(15);
  });

  it('labels a switch by aria-labelledby, with its row as context', () => {
    const c = controlAt(outline, 'Community Requests');
    expect(c).toMatchObject({ state: 'on', section: 'Community Control' });
    expect(c.context).toContain('requests for video from local public safety agencies');
  });

  it('labels a switch by aria-label and reads aria-checked="false" as off', () => {
    expect(controlAt(outline, 'Neighbors')).toMatchObject({ state: 'off', section: 'Community Control' });
  });

  it('labels a checkbox by label[for] and reads the checked attribute as on', () => {
    expect(controlAt(outline, 'Amazon Sidewalk')).toMatchObject({ state: 'on', section: 'Amazon Sidewalk' });
  });

  it('puts each per-camera switch in the section of its camera heading', () => {
    expect(controlAt(outline, 'Search for Lost Pets', 'Garten Flutlicht').state).toBe('on');
    expect(controlAt(outline, 'Search for Lost Pets', 'Front Door').state).toBe('off');
    expect(outline.controls.filter((c) => c.label === 'Natural Hazards (Fire Watch)').map((c) => [c.section, c.state])).toEqual([
      ['Garten Flutlicht', 'off'],
      ['Front Door', 'off'],
    ]);
  });

  it('falls back to the row text for an unlabelled switch', () => {
    expect(controlAt(outline, 'Event Highlights Reel')).toMatchObject({ state: 'on', section: 'Labs' });
    expect(outline.controls).toHaveLength(8);
  });

  it('keeps lists under their headings, and leaves out nav, header and footer lists', () => {
    expect(outline.lists.map((l) => [l.heading, l.items.length])).toEqual([
      ['Authorized Client Devices', 3],
      ['Linked Accounts', 2],
      ['Amazon Devices Connected by Ring Skill', 1],
      ['Shared Users', 1],
    ]);
    expect(outline.lists[1]?.items).toEqual(['Google Home', 'IFTTT']);
    const everything = JSON.stringify(outline);
    expect(everything).not.toContain('Dashboard');
    expect(everything).not.toContain('Privacy');
  });

  it('keeps short texts with their section', () => {
    expect(outline.texts).toContainEqual({ section: 'Video Storage Time', text: 'Videos and snapshots are kept for 60 days.' });
    expect(outline.texts).toContainEqual({ section: 'Amazon Account Linking', text: 'Linked to a*****@example.invalid' });
  });
});

describe('extractOutline on the German Control Center', () => {
  const de = fixtureOutline('control-center-de.html');
  const en = fixtureOutline('control-center-en.html');

  it('has the same structure as the English page, in German words', () => {
    expect(de.lang).toBe('de');
    expect(de.controls.map((c) => c.state)).toEqual(en.controls.map((c) => c.state));
    expect(de.lists.map((l) => l.items.length)).toEqual(en.lists.map((l) => l.items.length));
    expect(controlAt(de, 'Community-Anfragen')).toMatchObject({ state: 'on', section: 'Community-Steuerung' });
    expect(controlAt(de, 'Nachbarn').state).toBe('off');
    expect(controlAt(de, 'Nach vermissten Haustieren suchen', 'Garten Flutlicht').state).toBe('on');
    expect(de.lists.map((l) => l.heading)).toEqual([
      'Autorisierte Client-Geräte',
      'Verknüpfte Konten',
      'Mit dem Ring-Skill verbundene Amazon-Geräte',
      'Gemeinsame Nutzer',
    ]);
    expect(de.texts).toContainEqual({ section: 'Speicherdauer für Videos und Schnappschüsse', text: 'Videos und Schnappschüsse werden 60 Tage gespeichert.' });
    expect(JSON.stringify(de)).not.toContain('Datenschutz');
  });
});

describe('extractOutline on small pages', () => {
  it('reads an unchecked input, a label wrapping its input, role=heading and a switch without state', () => {
    const outline = outlineOf(`<main>
      <div role="heading" aria-level="2">Settings</div>
      <div><input type="checkbox" id="a"><label for="a">Unchecked one</label></div>
      <label><input type="checkbox" checked> Wrapped one</label>
      <div><span>No state</span><button role="switch"></button></div>
      <div><span>Checkbox role</span><div role="checkbox" aria-checked="true"></div></div>
    </main>`);
    expect(outline.headings).toEqual(['Settings']);
    expect(outline.controls.map((c) => [c.label, c.state, c.section])).toEqual([
      ['Unchecked one', 'off', 'Settings'],
      ['Wrapped one', 'on', 'Settings'],
      ['No state', null, 'Settings'],
      ['Checkbox role', 'on', 'Settings'],
    ]);
  });

  it('names a list by its aria-label before the section, and drops empty lists', () => {
    const outline = outlineOf('<h2>Section</h2><ul aria-label="Shared Users"><li>Sam</li></ul><ul><li> </li></ul><ol><li>One</li></ol>');
    expect(outline.lists).toEqual([
      { heading: 'Shared Users', items: ['Sam'] },
      { heading: 'Section', items: ['One'] },
    ]);
  });

  it('drops a list before any heading: it has nothing to be named by', () => {
    expect(outlineOf('<ul><li>orphan</li></ul>').lists).toEqual([]);
  });

  it('does not take paragraphs inside list items or labels as texts', () => {
    const outline = outlineOf('<h2>S</h2><ul><li><p>in item</p></li></ul><label><p>in label</p><input type="checkbox"></label><p>free text</p>');
    expect(outline.texts).toEqual([{ section: 'S', text: 'free text' }]);
  });

  it('ignores headings and switches inside nav, header, footer and template', () => {
    const outline = outlineOf(`<header><h1>Site</h1><button role="switch" aria-checked="true" aria-label="Dark mode"></button></header>
      <nav><ul><li>Home</li></ul></nav><div role="navigation"><ul><li>Menu</li></ul></div>
      <template><h2>Templated</h2></template><main><h2>Real</h2></main><footer><h3>Foot</h3><p>Imprint</p></footer>`);
    expect(outline.headings).toEqual(['Real']);
    expect(outline.controls).toEqual([]);
    expect(outline.lists).toEqual([]);
    expect(outline.texts).toEqual([]);
  });
});

describe('extractOutline on hostile markup', () => {
  const long = 'x'.repeat(10_000);

  it('truncates 10,000-character labels, headings, items and texts to 300 characters', () => {
    const outline = outlineOf(
      `<h2>${long}</h2><div><button role="switch" aria-checked="true" aria-label="${long}"></button></div><ul><li>${long}</li></ul><p>${long}</p>`,
    );
    expect(outline.headings[0]).toHaveLength(300);
    expect(outline.controls[0]?.label).toHaveLength(300);
    expect(outline.controls[0]?.context.length).toBeLessThanOrEqual(300);
    expect(outline.lists[0]?.items[0]).toHaveLength(300);
    expect(outline.texts[0]?.text).toHaveLength(300);
  });

  it('caps the number of controls, lists and items at 300 each', () => {
    const switches = '<div><span>s</span><button role="switch" aria-checked="false"></button></div>'.repeat(400);
    const items = '<li>i</li>'.repeat(400);
    const outline = outlineOf(`<h2>H</h2>${switches}<ul>${items}</ul>${'<ul><li>l</li></ul>'.repeat(400)}`);
    expect(outline.controls).toHaveLength(300);
    expect(outline.lists).toHaveLength(300);
    expect(outline.lists[0]?.items).toHaveLength(300);
  });

  it('never reads script or style content as headings or texts', () => {
    const outline = outlineOf(`<main><h2>Real</h2><script>document.title = "<h2>Injected</h2>";</script><style>p::after{content:"styled"}</style>
      <script type="text/html"><h2>Hidden</h2><button role="switch" aria-checked="true">x</button></script></main>`);
    expect(outline.headings).toEqual(['Real']);
    expect(outline.controls).toEqual([]);
    expect(JSON.stringify(outline)).not.toMatch(/Injected|Hidden|styled/);
  });

  // Regression (found by review): src/sources/page-outline/extract-outline.ts, rowOf()/labelOf(): a script inside a settings row is read as row text.
  // Input: <div><span>Neighbors</span><script>var x="Amazon Sidewalk"</script><button role="switch" aria-checked="true"></button></div>.
  // Expected label and context "Neighbors"; actual 'Neighborsvar x="Amazon Sidewalk"' (textContent includes script source),
  // which the Control Center source then reads as the Sidewalk switch (first label pattern to match).
  it('leaves script text out of a row label and context', () => {
    const outline = outlineOf(
      '<main><h2>Community</h2><div><span>Neighbors</span><script>var x="Amazon Sidewalk"</script><button role="switch" aria-checked="true"></button></div></main>',
    );
    expect(outline.controls[0]).toMatchObject({ label: 'Neighbors', context: 'Neighbors' });
  });

  it.each([
    ['aria-labelledby pointing nowhere', '<div><span>Row</span><button role="switch" aria-checked="true" aria-labelledby="missing other"></button></div>'],
    ['label[for] with an unusual id', '<div><input type="checkbox" id="a&quot;]b"><label for="a&quot;]b">Quoted</label></div>'],
    ['deep nesting', `${'<div>'.repeat(2000)}<button role="switch" aria-checked="mixed"></button>${'</div>'.repeat(2000)}`],
    ['a switch outside any row', '<button role="switch" aria-checked="true"></button>'],
    ['empty document', ''],
  ])('never throws on %s', (_name, html) => {
    expect(() => outlineOf(html)).not.toThrow();
  });

  it('gives a switch with an unlabelled, textless row an empty label and unknown state for aria-checked="mixed"', () => {
    const outline = outlineOf('<div><div><button role="switch" aria-checked="mixed"></button></div></div>');
    expect(outline.controls).toEqual([{ kind: 'switch', label: '', context: '', state: null, unreadable: true, section: null }]);
  });

  it('falls back to the row text when aria-labelledby names nothing', () => {
    const outline = outlineOf('<div><span>Row text</span><button role="switch" aria-checked="true" aria-labelledby="missing"></button></div>');
    expect(outline.controls[0]?.label).toBe('Row text');
  });

  it('finds a label whose for= holds quotes and brackets without building a selector from it', () => {
    const outline = outlineOf('<div><input type="checkbox" id="a&quot;]b"><label for="a&quot;]b">Quoted</label></div>');
    expect(outline.controls[0]).toMatchObject({ label: 'Quoted', state: 'off' });
  });
});
