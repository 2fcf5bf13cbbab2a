// Jest global setup: one PostgreSQL server for the whole run (embedded unless DATABASE_URL is
// set); each test file then creates a database of its own on it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import db from '@ash/db';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export default async function globalSetup() {
  const database = await db.openDatabase(process.env.DATABASE_URL, {
    dataDir: path.join(root, '.data', 'test-postgres'),
    database: 'ash_test_admin',
    // Another run (the whole suite, one file) may hold the usual cluster: this one gets its own.
    whenInUse: 'separate',
  });
  process.env.ASH_TEST_SERVER_URL = database.url;
  globalThis.__ASH_TEST_DATABASE__ = database;
}
