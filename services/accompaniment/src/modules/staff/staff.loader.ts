import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { StaffMember } from './staff.entity';

/** Directory entries by user id, one `IN (...)` query per batch; an unknown id loads null. */
export function staffByUserIdLoader(em: EntityManager) {
  return new DataLoader<string, StaffMember | null>(async (userIds) => {
    const rows = await em.find(StaffMember, { userId: { $in: [...userIds] } });
    const byId = new Map(rows.map((row) => [row.userId, row]));
    return userIds.map((userId) => byId.get(userId) ?? null);
  });
}
