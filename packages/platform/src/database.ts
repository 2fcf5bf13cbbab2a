import { buildDemoPlan, type DemoPlan, type PlanOptions } from '@ash/demo';
import { migrate } from '@ash/kit';
import { Client } from 'pg';
import { SUBGRAPHS, type SubgraphEntry } from './services';

export type UrlOf = (entry: SubgraphEntry) => string;

/** Applies every subgraph's pending migrations, each in its own schema. */
export async function migrateAll(urlOf: UrlOf): Promise<Record<string, string[]>> {
  const applied: Record<string, string[]> = {};
  for (const entry of SUBGRAPHS) {
    const orm = await entry.load().openOrm(urlOf(entry));
    try {
      applied[entry.name] = await migrate(orm);
    } finally {
      await orm.close();
    }
  }
  return applied;
}

/** The subgraph schemas that already hold rows (migration bookkeeping aside). */
export async function schemasWithData(urlOf: UrlOf): Promise<string[]> {
  const found: string[] = [];
  for (const entry of SUBGRAPHS) {
    const { SCHEMA: schema, REFERENCE_TABLES: reference = [] } = entry.load();
    const client = new Client({ connectionString: urlOf(entry) });
    await client.connect();
    try {
      const tables = await client.query<{ table_name: string }>(
        `select table_name from information_schema.tables
          where table_schema = $1 and table_type = 'BASE TABLE'
            and table_name <> 'mikro_orm_migrations' and table_name <> all($2::text[])`,
        [schema, reference],
      );
      for (const { table_name } of tables.rows) {
        const rows = await client.query(`select 1 from "${schema}"."${table_name}" limit 1`);
        if (rows.rowCount) {
          found.push(schema);
          break;
        }
      }
    } finally {
      await client.end();
    }
  }
  return found;
}

/** Writes the demo plan into every subgraph; returns the plan and the time each part took. */
export async function seedAll(
  urlOf: UrlOf,
  options: PlanOptions = {},
): Promise<{ plan: DemoPlan; millis: Record<string, number> }> {
  const plan = buildDemoPlan(options);
  const millis: Record<string, number> = {};
  for (const entry of SUBGRAPHS) {
    const started = Date.now();
    const orm = await entry.load().openOrm(urlOf(entry));
    try {
      await entry.seed(orm, plan);
    } finally {
      await orm.close();
    }
    millis[entry.name] = Date.now() - started;
  }
  return { plan, millis };
}
