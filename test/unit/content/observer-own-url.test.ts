/**
 * The observer decides most URLs of the page's own origin by a string test instead of a URL parse (one per request
 * on a big account). Wherever the string test decides, it must give what the URL parser gives: the same href and
 * pathname for the page's own origin, nothing for another; everything else goes to the parser.
 */
const PAGE = 'https://account.ring.com/account/dashboard?tab=1#top';

async function observerChannel() {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(PAGE);
  vi.resetModules();
  return import('../../../src/content/observer-channel.ts');
}

function parsed(raw: string): readonly [string, string] | null {
  try {
    const url = new URL(raw, PAGE);
    return url.origin === 'https://account.ring.com' ? [url.href, url.pathname] : null;
  } catch {
    return null;
  }
}

const CASES = [
  '/api/cgw/clients_api/ring_devices',
  'https://account.ring.com/api/cgw/devices/v1/devices/123/settings',
  '/api/cgw/location_info/v4/locations/abc?include=capabilities,status',
  'https://account.ring.com/',
  '/',
  '//account.ring.com/api/cgw/x',
  '//evil.example/api/cgw/x',
  'https://evil.example/api/cgw/x',
  'https://account.ring.com.evil.example/api/cgw/x',
  'https://ACCOUNT.ring.com/api/cgw/x',
  'https://account.ring.com:443/api/cgw/x',
  'https://user@account.ring.com/api/cgw/x',
  'http://account.ring.com/api/cgw/x',
  '/api/x/../cgw/y',
  '/api/%2e%2e/cgw',
  '/api/./cgw/',
  '/api\\cgw\\x',
  '/api/c\tgw/x',
  ' /api/cgw/x',
  '/api/cgw/x ',
  '/api/cgw/é',
  "/a?b='c'",
  '/a?b="c"',
  '/a?b=<c>',
  '/a?b=%zz&c=`{|}^~',
  '/a#frag',
  'api/cgw/x',
  'cgw',
  '',
  'blob:https://account.ring.com/0b7e5c1a-1111-4222-8333-944445555666',
  'data:application/json,{}',
  'mailto:someone@example.com',
  'https://[invalid',
];

it('gives what the URL parser gives, for the page origin and others, plain or not', async () => {
  const { ownUrl } = await observerChannel();
  for (const raw of CASES) expect({ raw, own: ownUrl(raw) }).toEqual({ raw, own: parsed(raw) });
  // Random strings from pieces that a URL parser treats specially.
  const pieces = [
    '/',
    '/',
    'a',
    'Z',
    '0',
    '_',
    '-',
    '.',
    '..',
    '%2e',
    '%',
    '?',
    '#',
    ' ',
    '\t',
    '\n',
    '\\',
    ':',
    '@',
    "'",
    '"',
    '<',
    '>',
    'é',
    '//',
    'https://account.ring.com',
    'https://account.ring.com:443',
    'https://x.example',
  ];
  let seed = 31;
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  for (let i = 0; i < 20_000; i++) {
    let raw = '';
    for (let k = 1 + random(7); k > 0; k--) raw += pieces[random(pieces.length)];
    expect({ raw, own: ownUrl(raw) }).toEqual({ raw, own: parsed(raw) });
  }
});

it('reads a URL object and a Request URL as their strings', async () => {
  const { ownUrl } = await observerChannel();
  expect(ownUrl(new URL('https://account.ring.com/api/cgw/clients_api/profile'))).toEqual([
    'https://account.ring.com/api/cgw/clients_api/profile',
    '/api/cgw/clients_api/profile',
  ]);
  expect(ownUrl(new URL('https://other.example/api/cgw/clients_api/profile'))).toBeNull();
});
