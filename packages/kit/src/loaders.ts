import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import DataLoader from 'dataloader';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a well-formed UUID (every entity id). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * Loads entities by id in one `IN (...)` query per batch; missing or malformed ids resolve to
 * `null`, so callers answer NOT_FOUND rather than leaking a database error. `scope` narrows the
 * rows in the SQL itself (e.g. a support worker's caseload): a row outside it is not found either.
 */
export function byIdLoader<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  scope: FilterQuery<T> = {} as FilterQuery<T>,
) {
  return new DataLoader<string, T | null>(async (ids) => {
    const wellFormed = ids.filter(isUuid);
    const rows = wellFormed.length
      ? await em.find(entity, { $and: [{ id: { $in: wellFormed } }, scope] } as unknown as FilterQuery<T>)
      : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * Loads, for many keys at once, the rows whose `field` equals the key, in one query per batch.
 * `where` narrows the rows (e.g. only open alerts); `orderBy` keeps each group's order stable.
 */
export function groupLoader<T extends object, K extends string = string>(
  em: EntityManager,
  entity: EntityName<T>,
  field: keyof T & string,
  where: FilterQuery<T> = {} as FilterQuery<T>,
  orderBy: Record<string, 'asc' | 'desc'> = {},
) {
  return new DataLoader<K, T[]>(async (keys) => {
    const rows = await em.find(
      entity,
      { ...(where as object), [field]: { $in: [...keys] } } as FilterQuery<T>,
      {
        // biome-ignore lint/suspicious/noExplicitAny: order keys are checked by MikroORM against the metadata
        orderBy: orderBy as any,
      },
    );
    const groups = new Map<K, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) {
      const value = row[field] as unknown;
      const key = (typeof value === 'object' && value !== null ? (value as { id: K }).id : value) as K;
      groups.get(key)?.push(row);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}
