// @vitest-environment node
import { twoStepOff } from '../../../src/findings/ring/two-step-off.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import { mergeRecords } from '../../../src/model/merge-records.ts';
import { NOW, RING_API, fixtureJson } from '../fixtures.ts';

function withTfa(value: unknown) {
  const body = structuredClone(fixtureJson('session.json')) as { profile: Record<string, unknown> };
  if (value === undefined) delete body.profile['tfa_enabled'];
  else body.profile['tfa_enabled'] = value;
  return mergeRecords([readCapture({ url: `${RING_API}/clients_api/profile`, via: 'page-fetch', body, capturedAt: NOW })]);
}

it('reports the account when the profile says tfa_enabled: false', () => {
  const findings = twoStepOff.run(withTfa(false));
  expect(findings).toHaveLength(1);
  expect(findings[0]).toMatchObject({
    id: 'ring.two-step-off',
    subject: { type: 'account', id: '4100001' },
    evidence: { source: 'ring.profile', field: 'profile.tfa_enabled' },
  });
});

it('says nothing when two-step verification is on or not stated', () => {
  expect(twoStepOff.run(withTfa(true))).toEqual([]);
  expect(twoStepOff.run(withTfa(undefined))).toEqual([]);
  expect(twoStepOff.run(withTfa('no'))).toEqual([]);
});
