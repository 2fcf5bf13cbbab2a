import type { MigrationObject } from '@mikro-orm/core';
import {
  type Constructor,
  type EntityManager,
  type EntityName,
  type Options,
  ReflectMetadataProvider,
} from '@mikro-orm/core';
import { MikroORM, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { AuditSubscriber } from './audit';
import { AuditedEntity } from './audited';
import { InboxEvent, OutboxEvent } from './events';

export interface OrmSettings {
  clientUrl: string;
  /** PostgreSQL schema the subgraph owns; its migrations table lives there too. */
  schema: string;
  // biome-ignore lint/suspicious/noExplicitAny: entity classes of any shape
  entities: Constructor<any>[];
  migrations: MigrationObject[];
  /** Called with every SQL statement (tests count them). */
  onQuery?: (sql: string) => void;
  poolMax?: number;
}

export function ormOptions(settings: OrmSettings): Options<PostgreSqlDriver> {
  return {
    driver: PostgreSqlDriver,
    clientUrl: settings.clientUrl,
    schema: settings.schema,
    entities: [AuditedEntity, OutboxEvent, InboxEvent, ...settings.entities],
    subscribers: [new AuditSubscriber(settings.schema)],
    metadataProvider: ReflectMetadataProvider,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    pool: { min: 0, max: settings.poolMax ?? 10 },
    debug: settings.onQuery ? ['query'] : false,
    logger: settings.onQuery ? (message: string) => settings.onQuery?.(message) : undefined,
    colors: false,
    migrations: {
      migrationsList: settings.migrations,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      silent: true,
    },
  };
}

export async function initOrm(settings: OrmSettings): Promise<MikroORM> {
  return MikroORM.init(ormOptions(settings));
}

/** Applies the subgraph's pending migrations; returns their names. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

const INSERT_CHUNK = 2000;

/** Bulk insert (seeding): one multi-row INSERT per chunk, inside the caller's transaction. */
export async function insertInChunks<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  rows: Record<string, unknown>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await em.insertMany(entity, rows.slice(i, i + INSERT_CHUNK) as never);
  }
}

/** Who wrote the demo data, in the audit columns. */
export const SEED_AUDIT = { createdBy: 'seed', updatedBy: 'seed' } as const;
