// @vitest-environment node
import { logError, redact } from '../../../src/model/log-error.ts';

const TOKEN = 'tok-7f3a9c1e-page-secret';

function errorsLogged(run: () => void): unknown[][] {
  const calls: unknown[][] = [];
  const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void calls.push(args));
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return calls;
}

describe('logError', () => {
  it('logs where and the error name and message, once per distinct stack', () => {
    const error = new TypeError('Failed to fetch');
    const calls = errorsLogged(() => {
      logError('deep scan: request', error);
      logError('deep scan: request', error);
    });
    expect(calls).toEqual([['[alexpose]', 'deep scan: request', 'TypeError: Failed to fetch']]);
    // Another failure in the same place is said again.
    expect(errorsLogged(() => logError('deep scan: request', new TypeError('Failed to fetch')))).toHaveLength(1);
  });

  it.each(['Extension context invalidated.', 'Could not establish connection. Receiving end does not exist.', 'Receiving end does not exist'])(
    'is quiet about a stale extension context (%s)',
    (message) => {
      expect(errorsLogged(() => logError('content: progress', new Error(message)))).toEqual([]);
    },
  );

  it('never logs a stack, nor what a thrown non-error holds', () => {
    const calls = errorsLogged(() => {
      logError('popup: scan now', { csrf: TOKEN });
      logError('popup: scan now', TOKEN);
    });
    expect(calls).toEqual([
      ['[alexpose]', 'popup: scan now', 'NonError: a thrown object'],
      ['[alexpose]', 'popup: scan now', 'NonError: a thrown string'],
    ]);
    const withStack = errorsLogged(() => logError('stack', new Error('boom')));
    expect(String(withStack[0]?.[2])).toBe('Error: boom');
  });

  it('redacts tokens, cookies, quoted page text, URL paths and e-mail addresses', () => {
    const message = `csrf-token: ${TOKEN}; cookie=session-id=abc; Unexpected token '<', "<!DOCTYPE html><title>Ring · jane@example.com" is not valid JSON at https://account.ring.com/api/cgw/devices/70010001/settings?x=${TOKEN} by jane.doe@example.com`;
    const logged = String(errorsLogged(() => logError('redaction', new SyntaxError(message)))[0]?.[2]);
    expect(logged).not.toContain(TOKEN);
    expect(logged).not.toContain('DOCTYPE');
    expect(logged).not.toContain('70010001');
    expect(logged).not.toContain('jane');
    expect(logged).not.toContain('abc');
    expect(logged).toContain('https://account.ring.com/[…]');
    expect(logged.startsWith('SyntaxError: ')).toBe(true);
  });

  it('redacts before shortening, so a long message cannot leak the piece of a token', () => {
    const message = `${'x '.repeat(145)}${TOKEN}`;
    expect(redact(message)).not.toContain('tok-7f3a');
    expect(redact(`${'a'.repeat(1000)} "unclosed ${TOKEN}`)).not.toContain(TOKEN);
    expect(redact('y'.repeat(5000)).length).toBeLessThanOrEqual(301);
  });
});
