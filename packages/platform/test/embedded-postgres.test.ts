import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

/*
 * Two runs on one checkout (the whole test suite and one file, two `npm start`): the second must not
 * stop the PostgreSQL the first is using. It says so, or, for tests, starts a cluster of its own.
 * Each run is a process of its own, as in life, on the compiled @ash/db.
 */

const DB = path.resolve(__dirname, '..', '..', 'db', 'dist', 'index.js');

/** A process that opens the embedded PostgreSQL of `dataDir` and prints what happened as JSON. */
function run(dataDir: string, whenInUse: 'fail' | 'separate', hold: boolean): ChildProcess {
  const script = `
    const db = require(${JSON.stringify(DB)});
    db.startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, whenInUse: '${whenInUse}' }).then(
      async (database) => {
        console.log(JSON.stringify({ url: database.url }));
        const stop = async () => { await database.stop(); console.log(JSON.stringify({ stopped: true })); process.exit(0); };
        if (${hold}) process.once('SIGTERM', stop); else await stop();
      },
      (error) => { console.log(JSON.stringify({ error: error.message })); process.exit(1); },
    );`;
  return spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
}

/** The JSON lines a process printed, once it printed `count` of them. */
function lines(child: ChildProcess, count: number): Promise<Record<string, string>[]> {
  return new Promise((resolve, reject) => {
    const seen: Record<string, string>[] = [];
    let buffer = '';
    child.stdout?.on('data', (chunk) => {
      buffer += String(chunk);
      const complete = buffer.split('\n');
      buffer = complete.pop() ?? '';
      for (const line of complete.filter(Boolean)) seen.push(JSON.parse(line));
      if (seen.length >= count) resolve(seen);
    });
    child.once('exit', () =>
      seen.length >= count ? resolve(seen) : reject(new Error(JSON.stringify(seen))),
    );
  });
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    return (await client.query('select 1 as one')).rows[0].one === 1;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

describe('an embedded PostgreSQL another run is using', () => {
  let dataDir: string;
  let first: ChildProcess;
  let firstUrl: string;

  beforeAll(async () => {
    const parent = await mkdtemp(path.join(os.tmpdir(), 'ash-db-'));
    // Run as root, PostgreSQL runs as a `postgres` user, which must reach the folder.
    await chmod(parent, 0o755);
    dataDir = path.join(parent, 'postgres');
    first = run(dataDir, 'fail', true);
    [{ url: firstUrl }] = await lines(first, 1);
  }, 120_000);

  afterAll(async () => {
    if (first && first.exitCode === null) {
      const stopped = lines(first, 1);
      first.kill('SIGTERM');
      await stopped;
    }
    await rm(path.dirname(dataDir), { recursive: true, force: true });
  }, 60_000);

  it('is not stopped by a second run, which says who holds it', async () => {
    const [answer] = await lines(run(dataDir, 'fail', false), 1);
    expect(answer.error).toBe(
      `The PostgreSQL of ${dataDir} is in use by process ${first.pid}: stop it first, or set DATABASE_URL`,
    );
    expect(await answers(firstUrl)).toBe(true);
  });

  it('gives a second test run a cluster of its own, removed when it stops', async () => {
    const second = run(dataDir, 'separate', false);
    const [{ url }, { stopped }] = await lines(second, 2);
    expect(url).not.toBe(firstUrl);
    expect(stopped).toBe(true);
    expect(existsSync(`${dataDir}-${second.pid}`)).toBe(false);
    expect(await answers(firstUrl)).toBe(true);
  }, 120_000);
});
