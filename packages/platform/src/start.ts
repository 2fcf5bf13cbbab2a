import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';
import { startEmbeddedPostgres } from '@ash/db';
import { demoUser } from '@ash/demo';
import { DEV_JWT_SECRET, signDevToken } from '@ash/gateway';
import { migrateAll, schemasWithData, seedAll } from './database';
import { databaseUrlOf, SUBGRAPHS } from './services';

export interface StartOptions {
  /** Project root: the embedded database lives in `<root>/.data/postgres`. */
  root: string;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export interface RunningPlatform {
  gatewayUrl: string;
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
 * migrations, the demo data (embedded database only, once), the four subgraphs and the gateway,
 * each in a process of its own as in production.
 */
export async function startPlatform(options: StartOptions): Promise<RunningPlatform> {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => console.log(line));
  const external = Boolean(env.DATABASE_URL) || SUBGRAPHS.every((s) => env[`${s.envPrefix}_DATABASE_URL`]);

  const ports = Object.fromEntries(
    SUBGRAPHS.map((s) => [s.name, portOf(env, `${s.envPrefix}_PORT`, s.defaultPort)]),
  );
  const gatewayPort = portOf(env, 'GATEWAY_PORT', 4000);
  for (const s of SUBGRAPHS) await assertPortFree(ports[s.name], `${s.envPrefix}_PORT`);
  await assertPortFree(gatewayPort, 'GATEWAY_PORT');

  log(external ? 'Using the PostgreSQL server of DATABASE_URL' : 'Starting the embedded PostgreSQL…');
  const database = external
    ? { url: env.DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres({ dataDir: embeddedDataDir(options.root) });
  const children: ChildProcess[] = [];
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await Promise.all(
        children.map(
          (child) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null || child.signalCode !== null) return resolve();
              const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
              child.once('exit', () => {
                clearTimeout(timer);
                resolve();
              });
              child.kill('SIGTERM');
            }),
        ),
      );
      await database.stop();
    })();
    return stopping;
  };

  try {
    const urlOf = (entry: (typeof SUBGRAPHS)[number]) => databaseUrlOf(entry, env, database.url) as string;
    const applied = await migrateAll(urlOf);
    const count = Object.values(applied).flat().length;
    log(count ? `Applied ${count} migration(s)` : 'Database schema up to date');
    if (!external) {
      const withData = await schemasWithData(urlOf);
      if (withData.length === 0) {
        log('Seeding the demo data (first start)…');
        const { millis } = await seedAll(urlOf);
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
    const childEnv = (extra: Record<string, string>) => ({
      ...env,
      GATEWAY_SECRET: secret,
      HOST: '127.0.0.1',
      BUS_DATABASE_URL: busUrl,
      ...extra,
    });
    const launch = (name: string, modulePath: string, extra: Record<string, string>) => {
      const child = spawn(process.execPath, [modulePath], {
        env: childEnv(extra),
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      });
      prefixLines(child.stdout, name, log);
      prefixLines(child.stderr, name, log);
      children.push(child);
      return child;
    };

    await Promise.all(
      SUBGRAPHS.map((s) => {
        const child = launch(s.name, require.resolve(`@ash/${s.name}`), {
          [`${s.envPrefix}_PORT`]: String(ports[s.name]),
          [`${s.envPrefix}_DATABASE_URL`]: urlOf(s),
        });
        return waitForHealth(`http://127.0.0.1:${ports[s.name]}/health`, child);
      }),
    );
    const gateway = launch('gateway', require.resolve('@ash/gateway'), {
      GATEWAY_PORT: String(gatewayPort),
      ...Object.fromEntries(
        SUBGRAPHS.map((s) => [`${s.envPrefix}_URL`, `http://127.0.0.1:${ports[s.name]}/graphql`]),
      ),
    });
    await waitForHealth(`http://127.0.0.1:${gatewayPort}/health`, gateway);

    const gatewayUrl = `http://localhost:${gatewayPort}/graphql`;
    if (!env.AUTH_JWKS_URL) {
      const user = demoUser('SOCIAL_MANAGER');
      const token = await signDevToken(user, env.AUTH_JWT_SECRET ?? DEV_JWT_SECRET);
      log('');
      log(`Gateway:     ${gatewayUrl}  (health: http://localhost:${gatewayPort}/health)`);
      log(`Subgraphs:   ${SUBGRAPHS.map((s) => `${s.name} :${ports[s.name]}`).join(', ')} (gateway only)`);
      log(`Token (SOCIAL_MANAGER, ${user.name}, 12 h):`);
      log(token);
      log(
        'Other roles: npm run --silent token -- RENTAL_MANAGER | SUPPORT_WORKER | EVALUATOR | INTEGRATOR | ADMIN',
      );
      log(
        `Try: curl -s ${gatewayUrl} -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" \\`,
      );
      log(`       -d '{"query":"{ dwellings { totalCount } }"}'`);
      log('Ctrl-C stops everything.');
    }
    for (const child of children) {
      child.once('exit', (code, signal) => {
        if (!stopping) {
          log(`A service stopped unexpectedly (code ${code}, signal ${signal}): stopping everything`);
          void stop().then(() => process.exit(1));
        }
      });
    }
    return { gatewayUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
