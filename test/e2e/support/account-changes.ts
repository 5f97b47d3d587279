import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FixtureServer } from './fixture-site.ts';

/** The fixture account's own paths the change below answers differently (fixture-site.ts routes). */
const SETTINGS_70010003 = 'account.ring.com /api/cgw/devices/v1/devices/70010003/settings';
const USERS = 'account.ring.com /api/cgw/clients_api/locations/9f2d5a7e-0000-4000-8000-000000000001/users';

const fixture = (name: string): unknown => JSON.parse(readFileSync(resolve('test/fixtures/ring', name), 'utf8'));

/**
 * What happens to an account between two visits in the issue-28 scenario: end-to-end encryption is switched off
 * on the one camera that had it (Wohnzimmer, 70010003) and a stranger is added as a shared user of two cameras.
 * Invented values in the real shapes of the fixtures they change.
 */
export function encryptionOffAndPersonAdded(server: FixtureServer): void {
  const settings = fixture('settings-70010003.json') as { video_settings: { encryption_enabled: boolean } };
  settings.video_settings.encryption_enabled = false;
  const users = fixture('users-9f2d5a7e-0000-4000-8000-000000000001.json') as object[];
  users.push({
    id: 4100099,
    verified: false,
    first_name: 'Kim',
    last_name: 'Fremd',
    email: 'kim.fremd@example.invalid',
    object_type: 'user',
    devices: [
      { id: 70010001, role: 'shared_user', device_type: 'doorbell_v4', permissions: null },
      { id: 70010003, role: 'shared_user', device_type: 'stickup_cam_mini_v2', permissions: null },
    ],
  });
  server.routes.set(SETTINGS_70010003, { type: 'application/json', body: JSON.stringify(settings) });
  server.routes.set(USERS, { type: 'application/json', body: JSON.stringify(users) });
}

/** Runs in the popup: where the first-screen parts end (null when absent) and the change lines' finding ids. */
export function firstScreenParts() {
  const bottom = (sel: string) => {
    const el = document.querySelector(sel);
    return el ? el.getBoundingClientRect().bottom : null;
  };
  const scanNow = [...document.querySelectorAll('button')].find((b) => b.closest('[data-testid="scan-now"], [data-testid="coverage-line"], .grade-line'));
  return {
    grade: bottom('[data-testid="grade-line"]'),
    firstFix: bottom('[data-testid="fix-action"] .action__title'),
    changes: bottom('[data-testid="changes-first"] li'),
    changeFindings: [...document.querySelectorAll('[data-testid="changes-first"] li')].map(
      (li) => li.getAttribute('data-change-finding') ?? li.getAttribute('data-change-kind'),
    ),
    changeText: document.querySelector<HTMLElement>('[data-testid="changes-first"]')?.innerText ?? '',
    scanNow: scanNow ? scanNow.getBoundingClientRect().bottom : null,
    runLines: [...document.querySelectorAll('[data-testid="run-changes"] li[data-account]')].map((li) => li.getAttribute('data-account')),
    runBottom: bottom('[data-testid="run-changes"]'),
  };
}
