/**
 * Property names of the isolated content scripts' own API: the collector's site config and the Collector handed to a
 * site's handlers, the context, the background sender and the capture batcher, the observer port's copies, Scan now's
 * options, and the keys of Ring's endpoint and Scan now path tables (not `profile`, `devices` and `locations`, which
 * Ring's answers also use as keys, nor `monitoring`, a word of its own path). They never leave the script (no message,
 * no browser or page object has them), so the build shortens them as it shortens local names (vite.config.ts): the
 * Ring page's scripts are budgeted at 8 KB gzip (README, Performance). test/build/content-script-props.test.ts checks
 * that none is a member of a DOM, JavaScript or WebExtension API or a field of the extension's messages and page
 * documents, and that the built isolated scripts no longer name them anywhere. The MAIN-world observer is left as built.
 */
export const CONTENT_SCRIPT_OWN_PROPS = [
  'isValid',
  'onInvalidated',
  'isKnownEndpoint',
  'observedPaths',
  'readsOutline',
  'handlers',
  'queue',
  'omit',
  'pageToken',
  'tooLarge',
  'backoff',
  'drained',
  'deliver',
  'report',
  'csrfToken',
  'sleep',
  'deviceSettings',
  'deviceV1',
  'deviceInfo',
  'locationUsers',
  'sharedLocations',
  'keyAssociations',
] as const;
