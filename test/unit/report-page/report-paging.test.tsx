/**
 * Issue 19.4: a big account's long lists in the report page come a page at a time (police paths, devices,
 * findings), each with "show more"; printing lists everything.
 */
import { devicesCapture, fixtureJson } from '../fixtures.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import { PAGE_SIZE } from '../../../src/report-page/paging/use-paged.ts';
import { RING_ORIGIN, loadUi, mount, resetUi, storeScans, unmountAll, type UiKit } from '../ui-kit.ts';

const CAMERAS = 250;
const click = (el: Element) => el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
const settle = () => new Promise((r) => setTimeout(r, 20));

function bigAccount() {
  const body = fixtureJson('ring-devices.json') as Record<string, unknown[]> & { stickup_cams: { id: number; description: string }[] };
  const template = body.stickup_cams[0]!;
  body.stickup_cams = Array.from({ length: CAMERAS }, (_, i) => ({ ...template, id: 81_000_000 + i, description: `Kamera ${i + 1}` }));
  // Only the cameras: every other list of the fixture emptied, so the table holds exactly them.
  for (const list of ['doorbots', 'authorized_doorbots', 'chimes', 'base_stations', 'beams_bridges', 'other']) body[list] = [];
  return [{ scanId: 'big', service: 'ring' as const, origin: RING_ORIGIN, results: [readCapture(devicesCapture(body))] }];
}

let kit: UiKit;
afterEach(() => unmountAll());

describe('report page paging (en)', () => {
  beforeAll(async () => {
    kit = await loadUi('en');
  });
  beforeEach(() => resetUi(kit));

  it(`lists ${PAGE_SIZE} police paths at a time, "show more" adds a page, printing shows all ${CAMERAS}`, async () => {
    await storeScans(kit.browser.storage.local, bigAccount());
    const root = await mount(kit, 'report');
    const paths = () => root.querySelectorAll('[data-testid="police-paths"] li[data-police-state]').length;
    expect(paths()).toBe(PAGE_SIZE);
    const more = root.querySelector('[data-testid="police-paths-more"]')!;
    expect(more.textContent).toContain(`${PAGE_SIZE} of ${CAMERAS}`);
    click(more.querySelector('button')!);
    await settle();
    expect(paths()).toBe(2 * PAGE_SIZE);
    // The devices table pages on its own.
    expect(root.querySelectorAll('[data-testid="devices"] tbody tr').length).toBe(PAGE_SIZE);
    window.dispatchEvent(new Event('beforeprint'));
    await settle();
    expect(paths()).toBe(CAMERAS);
    expect(root.querySelectorAll('[data-testid="devices"] tbody tr').length).toBe(CAMERAS);
    expect(root.querySelector('[data-testid="police-paths-more"]')).toBeNull();
  });
});
