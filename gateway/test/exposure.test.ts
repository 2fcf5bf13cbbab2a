import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { buildDemoPlan, demoUser } from '@ash/demo';
import { Calendar, isLoopback, systemClock } from '@ash/kit';
import { SignJWT } from 'jose';
import pino from 'pino';
import { createGateway, type Gateway, readConfig, signDevToken } from '../src';
import { startSystem, type TestSystem } from './system';

/*
 * What the gateway exposes, and to whom: the interface it listens on, the development sign-in, the
 * tokens it accepts, the request ids it records, and a health check that cannot be used to flood the
 * subgraphs.
 */

const silent = pino({ level: 'silent' });

/** An address of this machine that is not loopback: what another computer on the network reaches. */
function networkAddress(): string {
  const address = Object.values(os.networkInterfaces())
    .flat()
    .find((entry) => entry && entry.family === 'IPv4' && !entry.internal)?.address;
  if (!address) throw new Error('This machine has no network interface besides loopback');
  return address;
}

async function reachable(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(5000) });
    return true;
  } catch {
    return false;
  }
}

describe('the interface the gateway listens on', () => {
  it('is loopback unless HOST says otherwise', () => {
    expect(readConfig({}).host).toBe('127.0.0.1');
    expect(readConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('keeps the gateway process out of reach of the network without HOST', async () => {
    // Port 0: the system picks a free port and the gateway prints it; a random port could be taken.
    const child = spawn(process.execPath, [path.resolve(__dirname, '..', 'dist', 'index.js')], {
      env: { ...process.env, GATEWAY_PORT: '0', HOST: '', NODE_ENV: 'development' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
    });
    try {
      const port = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk) => {
          const ready = /gateway ready at http:\/\/[^:]+:(\d+)\//.exec(String(chunk));
          if (ready) resolve(ready[1]);
        });
        child.once('exit', (code) => reject(new Error(`the gateway exited (${code}): ${stderr}`)));
      });
      expect(await reachable(`http://127.0.0.1:${port}/health`)).toBe(true);
      expect(await reachable(`http://${networkAddress()}:${port}/health`)).toBe(false);
    } finally {
      child.kill('SIGTERM');
    }
  });
});

describe('the development sign-in', () => {
  let gateway: Gateway;
  let port: number;
  beforeAll(async () => {
    gateway = await createGateway(readConfig({ AUTH_JWT_SECRET: 'exposure-test-key' }), undefined, silent);
    ({ port } = (await gateway.listen(0, '0.0.0.0')).server.address() as AddressInfo);
  });
  afterAll(() => gateway?.stop());

  it('answers callers on this machine only, even on a gateway listening on every interface', async () => {
    expect((await fetch(`http://127.0.0.1:${port}/auth/dev/users`)).status).toBe(200);
    const remote = await fetch(`http://${networkAddress()}:${port}/auth/dev/users`);
    expect(remote.status).toBe(404);
    const token = await fetch(`http://${networkAddress()}:${port}/auth/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: demoUser('ADMIN').userId }),
    });
    expect(token.status).toBe(404);
  });

  it('tells loopback addresses from the others', () => {
    for (const address of ['127.0.0.1', '127.8.9.1', '::1', '::ffff:127.0.0.1'])
      expect(isLoopback(address)).toBe(true);
    for (const address of ['192.0.2.2', '::ffff:10.0.0.1', 'fd00::2', '', undefined])
      expect(isLoopback(address)).toBe(false);
  });
});

describe('tokens and request ids', () => {
  const plan = buildDemoPlan({ dwellings: 200, applications: 20, today: new Calendar().today() });
  let system: TestSystem;
  beforeAll(async () => {
    system = await startSystem(plan);
  });
  afterAll(() => system?.stop());

  const seconds = () => Math.floor(systemClock.now().getTime() / 1000);
  function signed(claims: { sub?: string; iat?: number; exp: number }) {
    const jwt = new SignJWT({ role: 'SOCIAL_MANAGER', org: 'ICF Habitat Atlantique' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('ash-dev')
      .setAudience('ash')
      .setExpirationTime(claims.exp);
    if (claims.sub !== undefined) jwt.setSubject(claims.sub);
    if (claims.iat !== undefined) jwt.setIssuedAt(claims.iat);
    return jwt.sign(new TextEncoder().encode(system.jwtSecret));
  }
  const codeWith = async (token: string) =>
    (await system.post('{ dwellings(first: 1) { totalCount } }', {}, token)).body.errors?.[0]?.extensions
      ?.code;

  it('refuses a token issued for a hundred years, one older than 12 hours, one without a subject or an issue date', async () => {
    const now = seconds();
    expect(await codeWith(await signed({ sub: 'sm-test', iat: now, exp: now + 100 * 365 * 86_400 }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(await codeWith(await signed({ sub: 'sm-test', iat: now - 13 * 3600, exp: now + 3600 }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(await codeWith(await signed({ sub: '', iat: now, exp: now + 3600 }))).toBe('UNAUTHENTICATED');
    expect(await codeWith(await signed({ sub: '   ', iat: now, exp: now + 3600 }))).toBe('UNAUTHENTICATED');
    expect(await codeWith(await signed({ sub: 'sm-test', exp: now + 3600 }))).toBe('UNAUTHENTICATED');
    // A 12-hour token issued now is fine.
    expect(await codeWith(await signed({ sub: 'sm-test', iat: now, exp: now + 12 * 3600 }))).toBeUndefined();
  });

  it('records its own request id in the audit trail, not the one a client sends', async () => {
    const token = await signDevToken(demoUser('SOCIAL_MANAGER'), system.jwtSecret);
    const household = plan.households.find((h) => h.targetPublic === 'LEAVING_PRISON') as { id: string };
    const response = await fetch(system.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'x-request-id': 'forged-id',
      },
      body: JSON.stringify({ query: `{ household(id: "${household.id}") { targetPublic } }` }),
    });
    expect(response.status).toBe(200);
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    // The sensitive read is audited (an outbox event of the households subgraph) under the gateway's id.
    const rows = (await system.orms.households.em
      .fork()
      .getConnection()
      .execute(`select payload->>'requestId' as id from households.outbox where type = 'AuditRecorded'`)) as {
      id: string;
    }[];
    expect(rows.map((r) => r.id)).toContain(requestId);
    expect(rows.map((r) => r.id)).not.toContain('forged-id');
  });
});

describe('the health check', () => {
  let calls = 0;
  let fake: Server;
  let gateway: Gateway;
  let url: string;
  beforeAll(async () => {
    // Four "subgraphs" that only answer their health, and count how often they are asked.
    fake = createServer((_req, res) => {
      calls++;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    });
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(fake.address() as AddressInfo).port}/graphql`;
    const config = readConfig({
      HOUSING_URL: base,
      HOUSEHOLDS_URL: base,
      ACCOMPANIMENT_URL: base,
      FINANCING_URL: base,
      GATEWAY_RATE_LIMIT_PER_SECOND: '1',
      GATEWAY_RATE_LIMIT_BURST: '0',
    });
    expect(config.healthCacheMs).toBe(2000);
    // A minute here, so that the count below does not depend on how fast the machine is.
    gateway = await createGateway({ ...config, healthCacheMs: 60_000 }, undefined, silent);
    url = (await gateway.listen(0)).url.replace(/\/graphql$/, '/health');
  });
  afterAll(async () => {
    await gateway?.stop();
    await new Promise((resolve) => fake?.close(resolve));
  });

  it('asks the subgraphs once for many calls, and limits each caller', async () => {
    // One a second for this caller (no burst): of three sent at once, at most two can be a second
    // apart, so one at least is refused.
    const statuses = (await Promise.all([fetch(url), fetch(url), fetch(url)])).map((a) => a.status);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
    // The four subgraphs were asked once each, whatever the number of calls.
    expect(calls).toBe(4);
  });
});
