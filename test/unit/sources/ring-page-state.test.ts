import { extractNextData } from '../../../src/sources/extract-page-state.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import type { Capture } from '../../../src/model/capture.ts';
import { fixtureJson, fixtureText, NOW } from '../fixtures.ts';

const PAGE_URL = 'https://account.ring.com/account/dashboard';

function pageCapture(body: unknown): Capture {
  return { url: PAGE_URL, via: 'page-state', body, capturedAt: NOW };
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('extractNextData', () => {
  it('pulls the page state out of the saved dashboard', () => {
    const state = extractNextData(parse(fixtureText('account-dashboard.html')));
    expect('body' in state).toBe(true);
    if (!('body' in state)) return;
    expect(state.body).toMatchObject({ page: '/account/dashboard', props: { userDevices: { doorbots: [{ id: 70010001 }] } } });
  });

  it('says why when there is no state or it is not JSON', () => {
    expect(extractNextData(parse('<html><body><p>hi</p></body></html>'))).toEqual({ error: 'no-page-state' });
    expect(extractNextData(parse('<script id="__NEXT_DATA__" type="application/json">{nope</script>'))).toEqual({ error: 'page-state-not-json' });
  });
});

describe('readCapture via page-state', () => {
  const state = extractNextData(parse(fixtureText('account-dashboard.html')));
  const body = 'body' in state ? state.body : null;

  it('reads the device list embedded in the page', () => {
    const result = readCapture(pageCapture(body));
    expect(result.source).toMatchObject({ id: 'ring.page-state', kind: 'page-state', status: 'read', origin: 'https://account.ring.com' });
    expect(result.records.ringDevices?.map((d) => d.id).sort()).toEqual(['70010001', '70010002', '70010003', '70010004', '70020007']);
    expect(result.records.ringDeviceSettings).toBeUndefined();
  });

  it('finds the device list by its shape when it moves under another prop', () => {
    const moved = { props: { pageProps: { dashboard: { household: fixtureJson('ring-devices.json') } } }, page: '/account/dashboard' };
    const result = readCapture(pageCapture(moved));
    expect(result.source.status).toBe('read');
    expect(result.records.ringDevices).toHaveLength(5);
  });

  it('reports paths of problems below the found list', () => {
    const moved = { props: { pageProps: { doorbots: [{ id: 1, owned: 'x' }], chimes: [] } }, buildId: 'b' };
    const result = readCapture(pageCapture(moved));
    expect(result.source.diagnostics).toContainEqual(expect.objectContaining({ code: 'wrong-type', at: 'props.pageProps.doorbots[0].owned' }));
  });

  it('calls a page without device list unrecognized, with a diagnostic', () => {
    const result = readCapture(pageCapture({ props: { pageProps: { locale: 'de-de' } }, page: '/account/profile' }));
    expect(result.source).toMatchObject({ id: 'ring.page-state', status: 'unrecognized' });
    expect(result.source.diagnostics).toContainEqual(expect.objectContaining({ code: 'no-device-list' }));
    expect(result.records).toEqual({});
  });
});
