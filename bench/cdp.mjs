// Chrome DevTools Protocol helpers for what Playwright does not expose: a service worker's heap, and
// evaluating inside the extension's isolated content-script world.

/**
 * A CDP channel to another target (here: the extension's service worker), through the browser-level
 * session. Playwright's CDPSession cannot address a child session id, so messages are wrapped with
 * Target.sendMessageToTarget (non-flattened attach).
 */
export async function attachToTarget(context, match) {
  const browserSession = await context.browser().newBrowserCDPSession();
  const { targetInfos } = await browserSession.send('Target.getTargets');
  const target = targetInfos.find(match);
  if (!target) throw new Error('CDP target not found');
  const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let nextId = 0;
  const pending = new Map();
  browserSession.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message);
    const done = pending.get(message.id);
    if (!done) return;
    pending.delete(message.id);
    if (message.error) done.reject(new Error(`${message.error.message} (${message.error.code})`));
    else done.resolve(message.result);
  });
  return {
    target,
    send: (method, params = {}) =>
      new Promise((resolve, reject) => {
        const id = ++nextId;
        pending.set(id, { resolve, reject });
        browserSession.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
      }),
    detach: () => browserSession.detach().catch(() => undefined),
  };
}

/** Evaluates in the page's isolated world whose origin is the extension's (`chrome-extension://ID`): where its content scripts run. */
export async function isolatedWorld(context, page, extensionOrigin) {
  const session = await context.newCDPSession(page);
  const contexts = new Map();
  session.on('Runtime.executionContextCreated', ({ context: c }) => contexts.set(c.id, c));
  session.on('Runtime.executionContextDestroyed', ({ executionContextId }) => contexts.delete(executionContextId));
  session.on('Runtime.executionContextsCleared', () => contexts.clear());
  await session.send('Runtime.enable');
  const { frameTree } = await session.send('Page.getFrameTree');
  const find = () =>
    [...contexts.values()].reverse().find((c) => c.origin === extensionOrigin && c.auxData?.type === 'isolated' && c.auxData?.frameId === frameTree.frame.id);
  return {
    async evaluate(expression) {
      const world = find();
      if (!world) throw new Error(`no isolated world of ${extensionOrigin} in this page`);
      const { result, exceptionDetails } = await session.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value;
    },
    detach: () => session.detach().catch(() => undefined),
  };
}
