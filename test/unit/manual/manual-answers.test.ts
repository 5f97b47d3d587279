import { MANUAL_ANSWERS_KEY, loadManualAnswers, saveManualAnswer } from '../../../src/store/manual-answers.ts';
import { createMemoryArea } from '../fake-browser.ts';

it('stores an answer per account and check, dated, and clears it on undo', async () => {
  const area = createMemoryArea();
  await saveManualAnswer(area, 'ring:1', 'ring.event-history', 'done', '2026-12-01T08:00:00.000Z');
  await saveManualAnswer(area, 'amazon:amazon.de', 'alexa.drop-in', 'not-now', '2026-12-02T08:00:00.000Z');
  expect(await loadManualAnswers(area)).toEqual({
    'ring:1': { 'ring.event-history': { answer: 'done', answeredAt: '2026-12-01T08:00:00.000Z' } },
    'amazon:amazon.de': { 'alexa.drop-in': { answer: 'not-now', answeredAt: '2026-12-02T08:00:00.000Z' } },
  });
  await saveManualAnswer(area, 'ring:1', 'ring.event-history', null, '2026-12-03T08:00:00.000Z');
  expect((await loadManualAnswers(area))['ring:1']).toBeUndefined();
});

it('skips malformed stored answers instead of throwing', async () => {
  const area = createMemoryArea();
  await area.set({
    [MANUAL_ANSWERS_KEY]: { 'ring:1': { a: { answer: 'maybe', answeredAt: 'x' }, b: { answer: 'done', answeredAt: '2026-12-01T00:00:00Z' } }, 'ring:2': 5 },
  });
  expect(await loadManualAnswers(area)).toEqual({ 'ring:1': { b: { answer: 'done', answeredAt: '2026-12-01T00:00:00Z' } } });
  await area.set({ [MANUAL_ANSWERS_KEY]: [1, 2] });
  expect(await loadManualAnswers(area)).toEqual({});
});
