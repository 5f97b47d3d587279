// @vitest-environment node
import * as v from 'valibot';
import { messageListener } from '../../../src/model/dispatch-messages.ts';
import { ContentMessageSchema, MAX_CAPTURES_ACCEPTED, MAX_CAPTURES_PER_BATCH, MessageSchema, ScanProgressSchema } from '../../../src/model/messages.ts';

describe('the message contract', () => {
  it('lets the content script send full batches the background accepts', () => {
    expect(MAX_CAPTURES_PER_BATCH).toBeLessThanOrEqual(MAX_CAPTURES_ACCEPTED);
  });

  it.each([
    { type: 'alexpose/scan-now' },
    { type: 'alexpose/scan-progress', done: 1, total: 5, state: 'running' },
    { type: 'alexpose/deep-scan', origin: 'https://alexa.amazon.de' },
    { type: 'alexpose/deep-scan-progress', done: 4, total: 4, state: 'refused' },
    { type: 'alexpose/amazon-csrf', origin: 'https://www.amazon.de' },
    { type: 'alexpose/page-structure' },
    { type: 'alexpose/import', files: [{ results: [] }] },
  ])('knows %j', (message) => {
    expect(v.is(MessageSchema, message)).toBe(true);
  });

  it.each([
    { type: 'alexpose/scan-progress', done: 1, total: 5, state: 'exploded' },
    { type: 'alexpose/scan-progress', done: -1, total: 5, state: 'running' },
    { type: 'alexpose/scan-progress', done: '1', total: 5, state: 'running' },
    { type: 'alexpose/deep-scan-progress', done: 1, total: 5, state: 'session-expired' },
  ])('refuses the progress %j', (message) => {
    expect(v.is(MessageSchema, message)).toBe(false);
  });
});

describe('messageListener', () => {
  const setup = () => {
    const scanNow = vi.fn(async () => ({ started: true }));
    const progress = vi.fn(() => undefined);
    const listener = messageListener<string>(
      MessageSchema,
      { 'alexpose/scan-now': scanNow, 'alexpose/scan-progress': progress },
      { 'alexpose/scan-now': { started: false } },
    );
    return { scanNow, progress, listener };
  };

  it('routes a valid message to its handler, with the context', async () => {
    const { scanNow, listener } = setup();
    expect(await listener({ type: 'alexpose/scan-now', extra: 'dropped' }, 'tab 7')).toEqual({ started: true });
    expect(scanNow).toHaveBeenCalledWith({ type: 'alexpose/scan-now' }, 'tab 7');
  });

  it('answers a malformed message of a handled type with its refusal (none where none is set), never calling the handler', async () => {
    const { progress, listener } = setup();
    expect(listener({ type: 'alexpose/scan-progress', state: 'running' }, 'tab 7')).toBeUndefined();
    expect(progress).not.toHaveBeenCalled();
    const deepScan = vi.fn();
    expect(
      await messageListener(
        MessageSchema,
        { 'alexpose/deep-scan': deepScan },
        { 'alexpose/deep-scan': { state: null } },
      )({ type: 'alexpose/deep-scan', origin: 'https://evil.example' }, null),
    ).toEqual({ state: null });
    expect(deepScan).not.toHaveBeenCalled();
  });

  it.each([
    null,
    'alexpose/scan-now',
    { type: 'alexpose/other' },
    { type: '__proto__' },
    { type: 'constructor' },
    { type: 'alexpose/deep-scan', origin: 'https://alexa.amazon.de' },
  ])('leaves %j unanswered', (message) => {
    const { listener } = setup();
    expect(listener(message, 'tab 7')).toBeUndefined();
  });

  it('hands the handler the validated output', () => {
    const seen: unknown[] = [];
    void messageListener<null>(MessageSchema, { 'alexpose/scan-progress': (message) => void seen.push(message) })(
      { type: 'alexpose/scan-progress', done: 1, total: 2, state: 'finished', token: 'x' },
      null,
    );
    expect(seen).toEqual([v.parse(ScanProgressSchema, { type: 'alexpose/scan-progress', done: 1, total: 2, state: 'finished' })]);
  });
});

describe('the content scripts’ part of the contract', () => {
  it('accepts what a content script is sent and nothing it sends itself', () => {
    expect(v.is(ContentMessageSchema, { type: 'alexpose/scan-now' })).toBe(true);
    expect(v.is(ContentMessageSchema, { type: 'alexpose/page-structure' })).toBe(true);
    expect(v.is(ContentMessageSchema, { type: 'alexpose/amazon-csrf', origin: 'https://www.amazon.de' })).toBe(true);
    expect(v.is(ContentMessageSchema, { type: 'alexpose/scan-progress', done: 1, total: 2, state: 'running' })).toBe(false);
    expect(v.is(ContentMessageSchema, { type: 'alexpose/import', files: [] })).toBe(false);
  });
});
