// @vitest-environment node
/**
 * The few kinds a content script reads have one validator (content-messages.ts), which the content scripts call
 * directly and the valibot contract calls through `MessageSchema`: both give the same answer and the same output.
 */
import * as v from 'valibot';
import { isCaptureBatchAnswer, readContentMessage } from '../../../src/model/content-messages.ts';
import { CaptureBatchAnswerSchema, ContentMessageSchema, MAX_URL_CHARS, MessageSchema } from '../../../src/model/messages.ts';

const longOrigin = `https://www.amazon.de/${'a'.repeat(MAX_URL_CHARS)}`;

it.each([
  [{ type: 'alexpose/scan-now' }, { type: 'alexpose/scan-now' }],
  [{ type: 'alexpose/scan-now', tabId: 3, token: 'x' }, { type: 'alexpose/scan-now' }],
  [{ type: 'alexpose/page-structure', extra: true }, { type: 'alexpose/page-structure' }],
  [
    { type: 'alexpose/amazon-csrf', origin: 'https://www.amazon.de', csrf: 'x' },
    { type: 'alexpose/amazon-csrf', origin: 'https://www.amazon.de' },
  ],
  [{ type: 'alexpose/amazon-csrf' }, null],
  [{ type: 'alexpose/amazon-csrf', origin: 7 }, null],
  [{ type: 'alexpose/amazon-csrf', origin: longOrigin }, null],
  [{ type: 'alexpose/scan-progress', done: 1, total: 2, state: 'running' }, null],
  [{ type: 'alexpose/other' }, null],
  ['alexpose/scan-now', null],
  [null, null],
])('reads %j as %j, in the content script and in the contract alike', (message, expected) => {
  expect(readContentMessage(message)).toEqual(expected);
  const content = v.safeParse(ContentMessageSchema, message);
  expect(content.success ? content.output : null).toEqual(expected);
  if (expected !== null) expect(v.parse(MessageSchema, message)).toEqual(expected);
});

it.each([
  [{ accepted: true }, true],
  [{ accepted: false, stored: false, retry: true }, true],
  [{ accepted: true, stored: undefined }, true],
  [{ accepted: 'yes' }, false],
  [{ accepted: true, retry: 1 }, false],
  [{ stored: true }, false],
  [undefined, false],
])('takes %j for the background’s answer: %s', (answer, expected) => {
  expect(isCaptureBatchAnswer(answer)).toBe(expected);
  expect(v.is(CaptureBatchAnswerSchema, answer)).toBe(expected);
});
