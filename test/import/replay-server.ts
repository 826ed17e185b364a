/**
 * A loopback HTTP server (127.0.0.1) that replays recorded answers to Alibaba Cloud's real SDK:
 * RPC calls are matched by their x-acs-version / x-acs-action headers and query parameters to the
 * `<Product>.<Action>[.<key>].json` recording, Log Service calls by project (host) and log store.
 * Log Service puts the project in the host name, so `*.sls.test` and `*.rpc.test` (the region is
 * put in the host name, as in production) are resolved to 127.0.0.1 here; `*.nx.test` does not resolve.
 */
import dns from 'node:dns';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const PRODUCT_BY_VERSION: Record<string, string> = {
  '2015-04-01': 'Sts',
  '2019-08-15': 'Ims',
  '2015-05-01': 'Ram',
  '2017-12-14': 'BssOpenApi',
  '2014-05-26': 'Ecs',
  '2014-08-15': 'Rds',
  '2017-09-08': 'Hbr',
  '2020-07-06': 'Actiontrail',
};

/** A scripted fault: `status` and `body` answered instead of the recording, `times` times (default always). */
export interface Fault {
  action: string;
  status?: number;
  body?: unknown;
  times?: number;
  /** Destroy the socket instead of answering (a network error mid-way). */
  hangUp?: boolean;
}

/** The replay server and what it saw. */
export interface Replay {
  /** The endpoint of a product in a region: `<region>.rpc.test:PORT`, or `<region>.sls.test:PORT` for Log Service. */
  endpoint: (product: string, region: string | undefined) => string;
  calls: string[];
  close(): Promise<void>;
}

/** The recording's key for a request, as the live import names it. */
function keyFor(product: string, action: string, q: URLSearchParams, hostRegion: string | null, recorded: Map<string, string>): string {
  if (action === 'ListUsers') {
    const marker = q.get('Marker');
    if (!marker) return '1';
    for (const [name, text] of recorded) {
      const m = new RegExp(`^Ram\\.ListUsers\\.(\\d+)\\.json$`).exec(name);
      if (m && (JSON.parse(text) as { Marker?: string }).Marker === marker) return String(Number(m[1]) + 1);
    }
    return 'unknown';
  }
  const page = q.get('PageNumber') ?? q.get('PageNum');
  const entity = q.get('UserAccessKeyId') ?? q.get('DiskId') ?? q.get('DBInstanceId') ?? q.get('OrderId') ?? q.get('UserName');
  if (entity) return entity;
  const region = product === 'Ecs' && action === 'DescribeRegions' ? null : (q.get('RegionId') ?? hostRegion);
  return [region, page].filter((v) => v !== null).join('.');
}

/** Starts the server on 127.0.0.1 with the recordings in `dir` and the scripted faults. */
export async function startReplay(dir: string, faults: Fault[] = []): Promise<Replay> {
  const recorded = new Map(readdirSync(dir).map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]));
  const calls: string[] = [];
  const answer = (res: ServerResponse, status: number, body: string) => {
    res.writeHead(status, { 'content-type': 'application/json;charset=utf-8' });
    res.end(body);
  };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const host = String(req.headers.host ?? '');
    let product: string;
    let action: string;
    let key: string;
    if (host.includes('.sls.test')) {
      product = 'Sls';
      action = 'GetLogStore';
      key = `${host.split('.')[0]}.${decodeURIComponent(url.pathname.replace(/^\/logstores\//, ''))}`;
    } else {
      product = PRODUCT_BY_VERSION[String(req.headers['x-acs-version'])] ?? 'Unknown';
      action = String(req.headers['x-acs-action']);
      const hostRegion = /^([a-z]{2}-[a-z0-9-]+)\.rpc\.test/.exec(host)?.[1] ?? null;
      key = keyFor(product, action, url.searchParams, hostRegion, recorded);
    }
    const name = `${product}.${action}${key ? `.${key}` : ''}.json`;
    calls.push(name.slice(0, -5));
    if (!req.headers.authorization) return answer(res, 400, JSON.stringify({ Code: 'MissingAuthorization', Message: 'no signature' }));
    const fault = faults.find((f) => f.action === `${product}.${action}` && (f.times === undefined || f.times > 0));
    if (fault) {
      if (fault.times !== undefined) fault.times--;
      if (fault.hangUp) return req.socket.destroy();
      return answer(res, fault.status ?? 400, JSON.stringify(fault.body));
    }
    const text = recorded.get(name);
    if (text === undefined) {
      if (product === 'Hbr') return answer(res, 400, JSON.stringify({ Code: 'ServiceNotOpened', Message: 'HBR is not activated for this account.', RequestId: 'replay' }));
      return answer(res, 404, JSON.stringify({ Code: 'Replay.NotRecorded', Message: `no recording ${name}`, RequestId: 'replay' }));
    }
    const code = (JSON.parse(text) as { Code?: string; Success?: boolean }).Code;
    const isError = code !== undefined && code !== 'Success' && (JSON.parse(text) as { Success?: boolean }).Success !== true;
    return answer(res, isError ? 404 : 200, text);
  };
  const server: Server = createServer((req, res) => req.resume().on('end', () => handle(req, res)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const original = dns.lookup;
  const patched = ((hostname: string, options: unknown, callback?: unknown) => {
    const cb = (typeof options === 'function' ? options : callback) as (...a: unknown[]) => void;
    const opts = (typeof options === 'object' && options ? options : {}) as { all?: boolean };
    if (hostname.endsWith('.nx.test')) return cb(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }));
    if (hostname.endsWith('.sls.test') || hostname.endsWith('.rpc.test')) return opts.all ? cb(null, [{ address: '127.0.0.1', family: 4 }]) : cb(null, '127.0.0.1', 4);
    return (original as (...a: unknown[]) => void)(hostname, options, callback);
  }) as typeof dns.lookup;
  dns.lookup = patched;
  return {
    endpoint: (product, region) => `${region ?? 'central'}.${product === 'Sls' ? 'sls' : 'rpc'}.test:${port}`,
    calls,
    close: async () => {
      dns.lookup = original;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
