import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { startEmbeddedPostgres } from '@ash/db';
import { demoUser } from '@ash/demo';
import { DEV_JWT_SECRET, signDevToken } from '@ash/gateway';
import { Calendar, readClock, systemClock } from '@ash/kit';
import { dashboardConfig, type RunningDashboard, startDashboard } from './dashboard';
import { migrateAll, schemasWithData, seedAll } from './database';
import { databaseUrlOf, SUBGRAPHS, type SubgraphEntry } from './services';

export interface StartOptions {
  /** Project root: the embedded database lives in `<root>/.data/postgres`. */
  root: string;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
  /**
   * Seed the demo data into an external database (DATABASE_URL) too, when its schemas are empty.
   * The embedded database is always seeded on its first start.
   */
  seedDemo?: boolean;
  /** The dashboard's build; by default `dist/` of the @ash/client workspace. */
  dashboardDir?: string;
}

/** One subgraph process, which can be stopped and started again (to see the degraded mode). */
export interface PlatformService {
  /** Of the running process; undefined once stopped. */
  readonly pid: number | undefined;
  /** SIGTERM, then waits for the process to exit (SIGKILL after 5 s). */
  stop(): Promise<void>;
  /** Launches it again with the same environment and port, and waits for its /health. */
  restart(): Promise<void>;
}

export interface RunningPlatform {
  gatewayUrl: string;
  dashboardUrl: string;
  services: Record<SubgraphEntry['name'], PlatformService>;
  stop(): Promise<void>;
}

/** Where `npm start` keeps the embedded cluster (git-ignored, kept across restarts). */
export function embeddedDataDir(root: string): string {
  return path.join(root, '.data', 'postgres');
}

function portOf(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0 || value > 65535)
    throw new Error(`${name} is not a port: ${env[name]}`);
  return value;
}

function assertPortFree(port: number, variable: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', () =>
      reject(new Error(`Port ${port} is already in use: set ${variable} to another port`)),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** SIGTERM, then SIGKILL if the process has not exited within 5 s. */
function terminate(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * The built entry point (`main`) of a workspace package. Read from its package.json rather than
 * `require.resolve(name)`, which Jest maps to the TypeScript sources.
 */
function entryPoint(name: string): string {
  const manifest = require.resolve(`${name}/package.json`);
  return path.join(path.dirname(manifest), JSON.parse(readFileSync(manifest, 'utf8')).main);
}

function prefixLines(stream: NodeJS.ReadableStream | null, name: string, log: (line: string) => void) {
  let buffer = '';
  stream?.setEncoding('utf8');
  stream?.on('data', (chunk: string) => {
    buffer += chunk;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) log(`[${name}] ${line}`);
  });
}

/**
 * Starts the whole system: the database (embedded PostgreSQL unless DATABASE_URL is set), the
 * migrations, the demo data (embedded database only, once, unless `seedDemo`), the four subgraphs
 * and the gateway, each in a process of its own as in production, then the dashboard in this one.
 * A subgraph that stops leaves the rest running (the gateway reports it unavailable); the gateway
 * stopping stops everything.
 */
export async function startPlatform(options: StartOptions): Promise<RunningPlatform> {
  const given = options.env ?? process.env;
  // A demonstration on another date (CLOCK_AT) is anchored once, here, so that every process reads
  // the same instant; a bad CLOCK_AT stops the start.
  const env =
    given.CLOCK_AT && !given.CLOCK_ANCHOR
      ? { ...given, CLOCK_ANCHOR: String(systemClock.now().getTime()) }
      : given;
  const calendar = new Calendar(readClock(env));
  const log = options.log ?? ((line: string) => console.log(line));
  const external = Boolean(env.DATABASE_URL) || SUBGRAPHS.every((s) => env[`${s.envPrefix}_DATABASE_URL`]);

  const ports = Object.fromEntries(
    SUBGRAPHS.map((s) => [s.name, portOf(env, `${s.envPrefix}_PORT`, s.defaultPort)]),
  );
  const gatewayPort = portOf(env, 'GATEWAY_PORT', 4000);
  const dashboardPort = portOf(env, 'DASHBOARD_PORT', 5173);
  for (const s of SUBGRAPHS) await assertPortFree(ports[s.name], `${s.envPrefix}_PORT`);
  await assertPortFree(gatewayPort, 'GATEWAY_PORT');
  await assertPortFree(dashboardPort, 'DASHBOARD_PORT');
  const dashboardDir =
    options.dashboardDir ?? path.join(path.dirname(require.resolve('@ash/client/package.json')), 'dist');

  log(external ? 'Using the PostgreSQL server of DATABASE_URL' : 'Starting the embedded PostgreSQL…');
  const database = external
    ? { url: env.DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres({ dataDir: embeddedDataDir(options.root) });
  const services = {} as Record<SubgraphEntry['name'], PlatformService>;
  let gateway: ChildProcess | undefined;
  let dashboard: RunningDashboard | undefined;
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await dashboard?.stop();
      await Promise.all([
        ...Object.values(services).map((service) => service.stop()),
        gateway && terminate(gateway),
      ]);
      await database.stop();
    })();
    return stopping;
  };

  try {
    const urlOf = (entry: SubgraphEntry) => databaseUrlOf(entry, env, database.url) as string;
    const applied = await migrateAll(urlOf);
    const count = Object.values(applied).flat().length;
    log(count ? `Applied ${count} migration(s)` : 'Database schema up to date');
    if (!external || options.seedDemo) {
      const withData = await schemasWithData(urlOf);
      if (withData.length === 0) {
        log(external ? 'Seeding the demo data (empty database)…' : 'Seeding the demo data (first start)…');
        // The demo tells its story relative to the agency's today, the servers' clock's.
        const { millis } = await seedAll(urlOf, { today: calendar.today() });
        log(
          `Demo data written (${Object.entries(millis)
            .map(([k, v]) => `${k} ${v} ms`)
            .join(', ')})`,
        );
      } else {
        log('Demo data already present: not seeding again');
      }
    }

    const secret = env.GATEWAY_SECRET ?? randomBytes(24).toString('base64url');
    // One queue database for every subgraph's domain events.
    const busUrl = env.BUS_DATABASE_URL ?? env.DATABASE_URL ?? (database.url as string);
    const launch = (name: string, modulePath: string, extra: Record<string, string>) => {
      const child = spawn(process.execPath, [modulePath], {
        env: { ...env, GATEWAY_SECRET: secret, HOST: '127.0.0.1', BUS_DATABASE_URL: busUrl, ...extra },
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      });
      prefixLines(child.stdout, name, log);
      prefixLines(child.stderr, name, log);
      return child;
    };

    const supervise = (s: SubgraphEntry): PlatformService & { start(): Promise<void> } => {
      let child: ChildProcess | undefined;
      const service = {
        get pid() {
          return child?.pid;
        },
        async start() {
          const current = launch(s.name, entryPoint(`@ash/${s.name}`), {
            [`${s.envPrefix}_PORT`]: String(ports[s.name]),
            [`${s.envPrefix}_DATABASE_URL`]: urlOf(s),
          });
          child = current;
          let healthy = false;
          current.once('exit', (code, signal) => {
            if (child !== current) return; // stopped on purpose
            child = undefined;
            // Before its /health answered, waitForHealth reports the failure.
            if (stopping || !healthy) return;
            log(
              `[platform] the ${s.name} subgraph stopped (code ${code}, signal ${signal}); the rest keeps ` +
                'running — the gateway reports it as unavailable',
            );
          });
          try {
            await waitForHealth(`http://127.0.0.1:${ports[s.name]}/health`, current);
            healthy = true;
          } catch (error) {
            await service.stop();
            throw error;
          }
        },
        async stop() {
          const current = child;
          child = undefined;
          if (current) await terminate(current);
        },
        async restart() {
          await service.stop();
          await service.start();
        },
      };
      services[s.name] = service;
      return service;
    };
    await Promise.all(SUBGRAPHS.map(supervise).map((service) => service.start()));

    gateway = launch('gateway', entryPoint('@ash/gateway'), {
      GATEWAY_PORT: String(gatewayPort),
      ...Object.fromEntries(
        SUBGRAPHS.map((s) => [`${s.envPrefix}_URL`, `http://127.0.0.1:${ports[s.name]}/graphql`]),
      ),
    });
    gateway.once('exit', (code, signal) => {
      if (stopping) return;
      log(
        `[platform] the gateway stopped unexpectedly (code ${code}, signal ${signal}): stopping everything`,
      );
      void stop().then(() => process.exit(1));
    });
    await waitForHealth(`http://127.0.0.1:${gatewayPort}/health`, gateway);

    dashboard = await startDashboard({
      port: dashboardPort,
      gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`,
      distDir: dashboardDir,
      log,
      env,
    });

    const gatewayUrl = `http://localhost:${gatewayPort}/graphql`;
    const dashboardUrl = `http://localhost:${dashboardPort}`;
    const development = !env.AUTH_JWKS_URL && env.NODE_ENV !== 'production';
    const auth = dashboardConfig(env).auth;
    log('');
    if (env.CLOCK_AT)
      log(`Clock:       CLOCK_AT=${env.CLOCK_AT}: today is ${calendar.today()} for every process`);
    log(`Dashboard:   ${dashboardUrl}`);
    if (auth.mode === 'oidc') log(`             sign-in through ${auth.authority}`);
    else if (development) log('             in development, the sign-in page lets you pick a demo user');
    log(`Gateway:     ${gatewayUrl}  (health: http://localhost:${gatewayPort}/health)`);
    log(
      `Subgraphs:   ${SUBGRAPHS.map((s) => `${s.name} :${ports[s.name]} (pid ${services[s.name].pid})`).join(', ')}`,
    );
    log('             reached through the gateway only; `kill <pid>` one to see the degraded mode');
    if (development) {
      const user = demoUser('SOCIAL_MANAGER');
      const token = await signDevToken(user, env.AUTH_JWT_SECRET ?? DEV_JWT_SECRET);
      log(`Token (SOCIAL_MANAGER, ${user.name}, 12 h):`);
      log(token);
      log(
        'Other roles: npm run --silent token -- RENTAL_MANAGER | SUPPORT_WORKER | EVALUATOR | INTEGRATOR | ADMIN',
      );
      log(
        `Try: curl -s ${gatewayUrl} -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" \\`,
      );
      log(`       -d '{"query":"{ dwellings { totalCount } }"}'`);
    }
    log('Ctrl-C stops everything.');
    return { gatewayUrl, dashboardUrl, services, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
