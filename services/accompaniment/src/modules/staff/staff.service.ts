import { type Actor, BadUserInputError, Role, requireRole } from '@ash/kit';
import type { EntityManager } from '@mikro-orm/core';
import { StaffMember } from './staff.entity';
import type { StaffRole } from './staff.enums';
import type { StaffMemberInput } from './staff.input';

/** Operators keep the directory (from the organisations' staff lists). */
export const STAFF_WRITERS = [Role.Admin] as const;

const WHO: Record<StaffRole, string> = {
  SUPPORT_WORKER: 'a support worker',
  SOCIAL_MANAGER: 'a social manager',
};

/** BAD_USER_INPUT unless `userId` is an active member of the directory in `role`. */
export async function assertStaffMember(
  em: EntityManager,
  userId: string,
  role: StaffRole,
  field: string,
): Promise<void> {
  const member = await em.findOne(StaffMember, { userId });
  if (!member) {
    throw new BadUserInputError(`Unknown ${field}: ${userId.slice(0, 80)} is not in the staff directory`, {
      field,
      reason: 'UNKNOWN_REFERENCE',
    });
  }
  if (member.role !== role || !member.active) {
    throw new BadUserInputError(
      `${userId} is not ${member.active ? WHO[role] : `an active member of staff`}`,
      {
        field,
        reason: 'UNKNOWN_REFERENCE',
      },
    );
  }
}

export class StaffService {
  constructor(private readonly em: EntityManager) {}

  list(role: StaffRole | undefined): Promise<StaffMember[]> {
    return this.em.find(StaffMember, role ? { role } : {}, { orderBy: { name: 'asc', userId: 'asc' } });
  }

  /** Adds a member of staff, or changes one (a move, a departure: `active: false`). */
  async record(actor: Actor, input: StaffMemberInput): Promise<StaffMember> {
    requireRole(actor, STAFF_WRITERS);
    const name = input.name.trim();
    if (!name) throw new BadUserInputError('name is empty', { field: 'name' });
    return this.em.transactional(async (em) => {
      const member = (await em.findOne(StaffMember, { userId: input.userId })) ?? new StaffMember();
      Object.assign(member, { ...input, name, organisation: input.organisation.trim() });
      em.persist(member);
      return member;
    });
  }
}
