#!/usr/bin/env node
// `npm run seed [-- --dwellings N --applications N]`: migrates, then writes the demo data into
// DATABASE_URL's server (or the embedded one). Refuses a database that already holds data.
const path = require('node:path');
const { parseArgs } = require('node:util');
require('./build')();
const { startEmbeddedPostgres } = require('@ash/db');
const { Calendar, readClock } = require('@ash/kit');
const { databaseUrlOf, embeddedDataDir, migrateAll, schemasWithData, seedAll } = require('@ash/platform');

async function main() {
  const { values } = parseArgs({
    options: { dwellings: { type: 'string' }, applications: { type: 'string' } },
  });
  const count = (value, name, fallback) => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 10_000_000)
      throw new Error(`--${name} must be a positive integer`);
    return n;
  };
  const dwellings = count(values.dwellings, 'dwellings', 1809);
  const applications = count(values.applications, 'applications', 300);
  const database = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres({ dataDir: embeddedDataDir(path.join(__dirname, '..')) });
  try {
    const urlOf = (entry) => databaseUrlOf(entry, process.env, database.url);
    await migrateAll(urlOf);
    const withData = await schemasWithData(urlOf);
    if (withData.length) {
      throw new Error(`Refusing to seed: the schemas ${withData.join(', ')} already hold data`);
    }
    const started = Date.now();
    // Dated relative to the agency's today: the machine's, or CLOCK_AT's in a demonstration.
    const today = new Calendar(readClock(process.env)).today();
    const { plan, millis } = await seedAll(urlOf, { dwellings, applications, today });
    console.log(
      `Seeded ${plan.dwellings.length} dwellings, ${plan.households.length} households, ${plan.applications.length} applications, ` +
        `${plan.accompaniments.length} accompaniments in ${Date.now() - started} ms ` +
        `(${Object.entries(millis)
          .map(([k, v]) => `${k} ${v} ms`)
          .join(', ')})`,
    );
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
