import { isUuid } from '@ash/kit';
import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import DataLoader from 'dataloader';

/**
 * Like the kit's `byIdLoader`, narrowed by a scope applied in the SQL (a support worker's
 * caseload): rows outside it resolve to `null`, exactly like unknown ids, so callers answer
 * NOT_FOUND and existence does not leak. One `IN (...)` query per batch.
 */
export function scopedByIdLoader<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  scope: FilterQuery<T>,
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
