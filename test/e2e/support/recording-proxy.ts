import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface RecordingProxy {
  port: number;
  /** Every host a browser asked the proxy for, in order, whether tunnelled or refused. */
  hosts: string[];
  close(): Promise<void>;
}

/**
 * The browsers' only way out: CONNECT to a mapped host is tunnelled to the fixture server, everything
 * else is refused. Nothing leaves the machine, and the log is the record of every host contacted.
 */
export async function startRecordingProxy(mapped: readonly string[], fixturePort: number): Promise<RecordingProxy> {
  const hosts: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    // Plain-HTTP proxy requests: record and refuse.
    try {
      hosts.push(new URL(req.url ?? '').hostname);
    } catch {
      hosts.push(String(req.headers.host ?? 'unknown'));
    }
    res.writeHead(403).end();
  });
  server.on('connect', (req, client: Socket) => {
    const [host = '', port = '443'] = (req.url ?? '').split(':');
    hosts.push(host);
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    if (!mapped.includes(host) || port !== '443') {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(fixturePort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    hosts,
    close: () =>
      new Promise((done) => {
        for (const s of sockets) s.destroy();
        server.close(() => done());
      }),
  };
}

/**
 * Hosts the browsers themselves call (updates, safe browsing, remote settings). Refused by the proxy; they are
 * not the extension's traffic. Any host outside this list and the account origins fails the test.
 */
const BROWSER_OWN = /(^|\.)(mozilla\.(org|com|net)|firefox\.com|mozaws\.net|google\.com|googleapis\.com|gstatic\.com|gvt1\.com|chromium\.org)$/;

export function unexpectedHosts(hosts: readonly string[], mapped: readonly string[]): string[] {
  return [...new Set(hosts)].filter((h) => !mapped.includes(h) && !BROWSER_OWN.test(h));
}
