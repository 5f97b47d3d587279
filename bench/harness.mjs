// The e2e harness, reused: fixture HTTPS server as account.ring.com, the recording proxy as the browser's
// only way out, and the wait helper. The TypeScript modules are loaded through Vite (see load-ts.mjs).
export async function loadHarness(ts) {
  const [fixture, proxy, browsers, certificate, expected] = await Promise.all([
    ts.load('/test/e2e/support/fixture-site.ts'),
    ts.load('/test/e2e/support/recording-proxy.ts'),
    ts.load('/test/e2e/support/browsers.ts'),
    ts.load('/test/e2e/support/certificate.ts'),
    ts.load('/test/e2e/support/expected.ts'),
  ]);
  return {
    startFixtureServer: fixture.startFixtureServer,
    MAPPED_HOSTS: fixture.MAPPED_HOSTS,
    startRecordingProxy: proxy.startRecordingProxy,
    unexpectedHosts: proxy.unexpectedHosts,
    CHROMIUM: browsers.CHROMIUM,
    until: browsers.until,
    makeCertificate: certificate.makeCertificate,
    storedSourceIds: expected.storedSourceIds,
  };
}
