import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { systemClock } from '@ash/kit';
import express from 'express';
import { type RunningDashboard, startDashboard } from '../src/dashboard';

const INDEX = '<!doctype html><html><body><div id="root"></div></body></html>';
const ASSET = 'console.log("dashboard");';

let distDir: string;
let fakeGateway: Server;
let gatewayUrl: string;
let dashboard: RunningDashboard;
const lines: string[] = [];

/** A gateway that echoes what reached it. */
function startFakeGateway(): Promise<Server> {
  const app = express();
  app.use(express.text({ type: '*/*' }));
  app.all('/{*path}', (req, res) => {
    res.json({
      method: req.method,
      path: req.originalUrl,
      body: typeof req.body === 'string' ? req.body : '',
      authorization: req.header('authorization') ?? null,
      contentType: req.header('content-type') ?? null,
    });
  });
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve(server));
  });
}

beforeAll(async () => {
  distDir = mkdtempSync(path.join(os.tmpdir(), 'ash-dashboard-'));
  mkdirSync(path.join(distDir, 'assets'));
  writeFileSync(path.join(distDir, 'index.html'), INDEX);
  writeFileSync(path.join(distDir, 'assets', 'index-3f2a9c.js'), ASSET);
  fakeGateway = await startFakeGateway();
  gatewayUrl = `http://127.0.0.1:${(fakeGateway.address() as AddressInfo).port}/graphql`;
  dashboard = await startDashboard({
    port: 0,
    gatewayUrl,
    distDir,
    env: {},
    log: (line) => lines.push(line),
  });
});

afterAll(async () => {
  await dashboard?.stop();
  await new Promise((resolve) => fakeGateway?.close(resolve));
  rmSync(distDir, { recursive: true, force: true });
});

describe('the dashboard server', () => {
  it('serves hashed assets with a long immutable cache', async () => {
    const response = await fetch(`${dashboard.url}/assets/index-3f2a9c.js`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(ASSET);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers a missing asset with 404 rather than the page', async () => {
    expect((await fetch(`${dashboard.url}/assets/index-old.js`)).status).toBe(404);
  });

  it('answers index.html, uncached and with its security headers, for a client-side route', async () => {
    for (const route of ['/', '/logements/abc', '/index.html']) {
      const response = await fetch(`${dashboard.url}${route}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(INDEX);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toBe(
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
          "frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
      );
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('forwards POST /graphql to the gateway with its body and authorization', async () => {
    const body = JSON.stringify({ query: '{ dwellings { totalCount } }' });
    const response = await fetch(`${dashboard.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer abc.def.ghi' },
      body,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      method: 'POST',
      path: '/graphql',
      body,
      authorization: 'Bearer abc.def.ghi',
      contentType: 'application/json',
    });
  });

  it('forwards the sign-in, export and health paths, query string included', async () => {
    const token = await fetch(`${dashboard.url}/auth/dev/token`, { method: 'POST', body: '{"userId":"x"}' });
    expect(await token.json()).toMatchObject({
      method: 'POST',
      path: '/auth/dev/token',
      body: '{"userId":"x"}',
    });
    for (const route of ['/indicators.csv?year=2025', '/indicators.xlsx', '/health', '/auth/dev/users']) {
      expect(await (await fetch(`${dashboard.url}${route}`)).json()).toMatchObject({
        method: 'GET',
        path: route,
      });
    }
  });

  it('serves the development sign-in configuration', async () => {
    const response = await fetch(`${dashboard.url}/config.json`);
    const config = (await response.json()) as { auth: unknown; now: string };
    expect(config).toEqual({ auth: { mode: 'development' }, now: expect.any(String) });
    // The servers' clock, for the dashboard's "today".
    expect(Math.abs(Date.parse(config.now) - systemClock.now().getTime())).toBeLessThan(60_000);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});

describe('the dashboard server, configured otherwise', () => {
  it('serves the OIDC configuration when OIDC_AUTHORITY and OIDC_CLIENT_ID are set', async () => {
    const env = { OIDC_AUTHORITY: 'https://id.example.org/realms/ash', OIDC_CLIENT_ID: 'dashboard' };
    for (const [extra, scope, roleClaim] of [
      [{}, 'openid profile', 'role'],
      [
        { OIDC_SCOPE: 'openid profile email', OIDC_ROLE_CLAIM: 'ash_role' },
        'openid profile email',
        'ash_role',
      ],
    ] as const) {
      const oidc = await startDashboard({
        port: 0,
        gatewayUrl,
        distDir,
        env: { ...env, ...extra },
        log: () => {},
      });
      try {
        expect(await (await fetch(`${oidc.url}/config.json`)).json()).toEqual({
          auth: { mode: 'oidc', authority: env.OIDC_AUTHORITY, clientId: 'dashboard', scope, roleClaim },
          now: expect.any(String),
        });
        // The browser may reach the identity provider (discovery, token endpoint), nothing else.
        const csp = (await fetch(`${oidc.url}/`)).headers.get('content-security-policy');
        expect(csp).toContain("connect-src 'self' https://id.example.org;");
      } finally {
        await oidc.stop();
      }
    }
  });

  it('tells the dashboard the servers’ clock in a demonstration on another date (CLOCK_AT)', async () => {
    // Anchored a minute ago: the clock read 15 March 2026, 10:00 in Paris, then ticked on.
    const env = {
      CLOCK_AT: '2026-03-15T10:00:00+01:00',
      CLOCK_ANCHOR: String(systemClock.now().getTime() - 60_000),
    };
    const demo = await startDashboard({
      port: 0,
      gatewayUrl: 'http://127.0.0.1:9/graphql',
      distDir: path.join(__dirname, 'missing-dist'),
      env,
      log: () => {},
    });
    try {
      const config = (await (await fetch(`${demo.url}/config.json`)).json()) as {
        auth: unknown;
        now: string;
      };
      expect(config.auth).toEqual({ mode: 'development' });
      expect(Date.parse(config.now)).toBeGreaterThanOrEqual(Date.parse('2026-03-15T09:01:00Z'));
      expect(config.now.slice(0, 10)).toBe('2026-03-15');
    } finally {
      await demo.stop();
    }
  });

  it('answers 503 in French and English until the client is built, and still forwards the API', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'ash-dashboard-empty-'));
    const log: string[] = [];
    const unbuilt = await startDashboard({
      port: 0,
      gatewayUrl,
      distDir: empty,
      env: {},
      log: (l) => log.push(l),
    });
    try {
      const response = await fetch(`${unbuilt.url}/logements/abc`);
      expect(response.status).toBe(503);
      const text = await response.text();
      expect(text).toMatch(/n'est pas construit/);
      expect(text).toMatch(/not built: run `npm run build`/);
      expect(log.join('\n')).toMatch(/npm run build/);
      expect((await fetch(`${unbuilt.url}/health`)).status).toBe(200);
    } finally {
      await unbuilt.stop();
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('answers 502 with a coded error when the gateway does not answer', async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = express().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const orphan = await startDashboard({
      port: 0,
      gatewayUrl: `http://127.0.0.1:${closed}/graphql`,
      distDir,
      env: {},
      log: () => {},
    });
    try {
      const response = await fetch(`${orphan.url}/graphql`, { method: 'POST', body: '{}' });
      expect(response.status).toBe(502);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe('GATEWAY_UNAVAILABLE');
    } finally {
      await orphan.stop();
    }
  });

  it('refuses a gateway URL that does not end in /graphql', () => {
    expect(() =>
      startDashboard({ port: 0, gatewayUrl: 'http://127.0.0.1:4000/', distDir, env: {}, log: () => {} }),
    ).toThrow(/must end in \/graphql/);
  });
});
