/**
 * Control Center read defensively (issue 11 item 6): a second, different markup (aria-pressed buttons, aria-checked on
 * a div, label/value spans, a dl, lists as repeated link rows) gives the same kind of records; a page with a section
 * removed is partial with one diagnostic naming what is missing. Both fixtures are invented (no public capture).
 */
import { readCapture } from '../../../src/sources/read-capture.ts';
import type { SourceResult } from '../../../src/model/records.ts';
import { fixtureOutline, outlineCapture } from '../fixtures.ts';

const tuples = (r: SourceResult) =>
  (r.records.ringControlSettings ?? []).map((s) => [s.key, s.state, s.amount]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
const lists = (r: SourceResult) => Object.fromEntries((r.records.ringControlLists ?? []).map((l) => [l.key, l.items]));

describe('Control Center in a second markup', () => {
  const result = readCapture(outlineCapture(fixtureOutline('control-center-alt-markup.html')));

  it('reads aria-pressed, aria-checked on a div, label/value spans and a dl', () => {
    expect(tuples(result)).toEqual([
      ['alexa-link', 'off', null],
      ['community-requests', 'off', null],
      ['neighbors', 'on', null],
      ['video-storage', null, 14],
    ]);
  });

  it('reads lists built as repeated link rows and as sibling links', () => {
    expect(lists(result)).toEqual({
      'authorized-devices': ['iPhone 15 · Ring app · last active today', 'Firefox on Linux · ring.com · last active today'],
      'linked-accounts': ['SmartThings', 'Alexa'],
      'shared-users': ['Robin Test · Shared User', 'Chris Test · Shared User'],
    });
  });

  it('finds everything its route expects: read, and no link of the nav bar taken as a list', () => {
    expect(result.source.status).toBe('read');
    expect(result.source.diagnostics.filter((d) => d.level !== 'info')).toEqual([]);
    expect(JSON.stringify(result.records)).not.toContain('Dashboard');
  });
});

describe('Control Center with a section removed', () => {
  const result = readCapture(outlineCapture(fixtureOutline('control-center-section-removed.html')));

  it('is partial, with one diagnostic naming the missing list', () => {
    expect(result.source.status).toBe('partial');
    expect(result.source.diagnostics.filter((d) => d.level === 'warning')).toEqual([
      {
        level: 'warning',
        code: 'expected-setting-missing',
        at: 'authorized-devices',
        message: 'The list "authorized-devices" this page should show was not found.',
      },
    ]);
    expect(lists(result)['authorized-devices']).toBeUndefined();
    expect(lists(result)['shared-users']).toHaveLength(2);
  });

  it('expects nothing of a sub-page it has no expectation for', () => {
    const sub = readCapture(outlineCapture(fixtureOutline('control-center-section-removed.html'), 'https://account.ring.com/account/control-center/community'));
    expect(sub.source.status).toBe('read');
  });
});
