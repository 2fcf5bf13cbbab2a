import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '@ash/testkit';
import { type RunningPlatform, startPlatform } from '../src/start';

const INDEX = '<!doctype html><html><body><div id="root"></div></body></html>';

let db: TestDatabase;
let platform: RunningPlatform;
let dashboard: string;
let dir: string;
const lines: string[] = [];

/** A port nobody listens on now (the system picks it for a listener on port 0). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function health(): Promise<{
  status: number;
  body: { status: string; subgraphs: Record<string, string> };
}> {
  const response = await fetch(`${dashboard}/health`);
  return { status: response.status, body: (await response.json()) as never };
}

/** The gateway's health once it reflects `wanted` (it reuses an answer for two seconds). */
async function healthWhen(wanted: (answer: Awaited<ReturnType<typeof health>>) => boolean) {
  let answer = await health();
  for (let tries = 0; !wanted(answer) && tries < 100; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    answer = await health();
  }
  return answer;
}

async function waitFor(what: string, condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  db = await createTestDatabase('platform');
  dir = mkdtempSync(path.join(os.tmpdir(), 'ash-platform-'));
  writeFileSync(path.join(dir, 'index.html'), INDEX);
  const names = ['HOUSING_PORT', 'HOUSEHOLDS_PORT', 'ACCOMPANIMENT_PORT', 'FINANCING_PORT', 'GATEWAY_PORT'];
  const ports: Record<string, string> = {};
  for (const name of [...names, 'DASHBOARD_PORT']) ports[name] = String(await freePort());
  dashboard = `http://127.0.0.1:${ports.DASHBOARD_PORT}`;
  platform = await startPlatform({
    root: dir,
    env: { ...process.env, DATABASE_URL: db.url, ...ports },
    log: (line) => lines.push(line),
    seedDemo: true,
    dashboardDir: dir,
  });
}, 180_000);

afterAll(async () => {
  await platform?.stop();
  await db?.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('startPlatform', () => {
  it('seeds an empty external database and prints the dashboard first, with each subgraph pid', () => {
    expect(lines.join('\n')).toMatch(/Seeding the demo data \(empty database\)/);
    const summary = lines.slice(lines.indexOf('') + 1);
    expect(summary[0]).toBe(`Dashboard:   ${platform.dashboardUrl}`);
    expect(summary.join('\n')).toContain(`accompaniment :`);
    expect(summary.join('\n')).toContain(`(pid ${platform.services.accompaniment.pid})`);
  });

  it('serves the dashboard and reaches the gateway through it, sign-in included', async () => {
    const page = await fetch(`${dashboard}/logements/abc`);
    expect(await page.text()).toBe(INDEX);
    expect(await health()).toMatchObject({ status: 200, body: { status: 'ok' } });

    const users = (await (await fetch(`${dashboard}/auth/dev/users`)).json()) as {
      userId: string;
      role: string;
    }[];
    const manager = users.find((u) => u.role === 'SOCIAL_MANAGER');
    const signIn = await fetch(`${dashboard}/auth/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: manager?.userId }),
    });
    const { token } = (await signIn.json()) as { token: string };
    const query = await fetch(`${dashboard}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ dwellings { totalCount } }' }),
    });
    const answer = (await query.json()) as { data: { dwellings: { totalCount: number } } };
    expect(answer.data.dwellings.totalCount).toBeGreaterThan(0);
  });

  it('keeps running with a subgraph stopped, reported degraded, until it is restarted', async () => {
    await platform.services.accompaniment.stop();
    expect(platform.services.accompaniment.pid).toBeUndefined();
    expect(await healthWhen((h) => h.status === 503)).toEqual({
      status: 503,
      body: {
        status: 'degraded',
        subgraphs: { housing: 'ok', households: 'ok', accompaniment: 'unavailable', financing: 'ok' },
      },
    });
    expect((await fetch(dashboard)).status).toBe(200);

    await platform.services.accompaniment.restart();
    expect(platform.services.accompaniment.pid).toEqual(expect.any(Number));
    expect(await healthWhen((h) => h.status === 200)).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it('says so when a subgraph process is killed from outside, and restarts it', async () => {
    process.kill(platform.services.financing.pid as number, 'SIGTERM');
    const message =
      /^\[platform\] the financing subgraph stopped \(code \d+, signal \w+\); the rest keeps running — the gateway reports it as unavailable$/;
    await waitFor('the stop message', () => lines.some((line) => message.test(line)));
    expect(platform.services.financing.pid).toBeUndefined();
    expect((await healthWhen((h) => h.status === 503)).body.subgraphs.financing).toBe('unavailable');

    await platform.services.financing.restart();
    expect((await healthWhen((h) => h.status === 200)).status).toBe(200);
  });
});
