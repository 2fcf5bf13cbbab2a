#!/usr/bin/env node
// Developer tool: writes the next MikroORM migration of a subgraph from the difference between its
// entities and its migrated schema, then rewrites the subgraph's migrations/index.ts.
// Usage: node scripts/create-migration.js <housing|households|accompaniment|financing>
const { spawnSync } = require('node:child_process');
const { readdirSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const { ormOptions } = require('@ash/kit');
const { MikroORM } = require('@mikro-orm/postgresql');
const { openDatabase, withDatabase, ensureDatabase, dropDatabase } = require('@ash/db');

async function main() {
  const name = process.argv[2];
  if (!['housing', 'households', 'accompaniment', 'financing'].includes(name)) {
    throw new Error('Usage: node scripts/create-migration.js <housing|households|accompaniment|financing>');
  }
  // Compile the subgraph (and what it depends on) first: the script reads its entities from dist.
  const built = spawnSync(
    path.join(__dirname, '..', 'node_modules', '.bin', 'turbo'),
    ['run', 'build', `--filter=@ash/${name}...`, '--output-logs=errors-only'],
    { stdio: 'inherit' },
  );
  if (built.status !== 0) process.exit(built.status ?? 1);
  const service = require(`@ash/${name}`);
  const dir = path.join(__dirname, '..', 'services', name, 'src', 'migrations');
  const db = await openDatabase(process.env.DATABASE_URL, {
    dataDir: path.join(__dirname, '..', '.data', 'migrations'),
  });
  const scratch = `ash_migration_${name}`;
  await dropDatabase(db.url, scratch);
  await ensureDatabase(db.url, scratch);
  const existing = require(path.join(__dirname, '..', 'services', name, 'dist', 'migrations')).migrations;
  const options = ormOptions({
    clientUrl: withDatabase(db.url, scratch),
    schema: service.SCHEMA,
    entities: service.entities,
    migrations: existing,
  });
  options.migrations.path = dir;
  const orm = await MikroORM.init(options);
  try {
    await orm.getMigrator().up();
    const result = await orm.getMigrator().createMigration(dir);
    console.log(result.fileName ? `wrote ${result.fileName}` : 'no change');
    const files = readdirSync(dir)
      .filter((f) => /^Migration\d+.*\.ts$/.test(f))
      .sort();
    const names = files.map((f) => f.replace(/\.ts$/, ''));
    writeFileSync(
      path.join(dir, 'index.ts'),
      `${names.map((n) => `import { ${n} } from './${n}';`).join('\n')}\n\n` +
        `/** Every migration of this subgraph, oldest first (listed so no file globbing is needed). */\n` +
        `export const migrations = [\n${names.map((n) => `  { name: '${n}', class: ${n} },`).join('\n')}\n];\n`,
    );
  } finally {
    await orm.close();
    await dropDatabase(db.url, scratch);
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
