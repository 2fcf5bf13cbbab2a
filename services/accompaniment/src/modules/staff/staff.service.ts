import { randomUUID } from 'node:crypto';
import { type Actor, BadUserInputError, ConflictError, NotFoundError, Role, requireRole } from '@ash/kit';
import type { EntityManager } from '@mikro-orm/core';
import { Organisation } from './organisation.entity';
import { StaffMember } from './staff.entity';
import { OrganisationKind, type StaffRole } from './staff.enums';
import type { OrganisationInput, StaffMemberInput } from './staff.input';

/** Operators keep the directory (from the organisations' staff lists). */
export const STAFF_WRITERS = [Role.Admin] as const;

const WHO: Partial<Record<StaffRole, string>> = {
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
      `${userId} is not ${member.active ? (WHO[role] ?? role) : `an active member of staff`}`,
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
      const memberOf = input.organisationId
        ? await em.findOne(Organisation, { id: input.organisationId })
        : null;
      if (input.organisationId && !memberOf) {
        throw new BadUserInputError(`Unknown organisation ${input.organisationId}`, {
          field: 'organisationId',
          reason: 'UNKNOWN_REFERENCE',
        });
      }
      const member = (await em.findOne(StaffMember, { userId: input.userId })) ?? new StaffMember();
      const { organisationId: _, ...fields } = input;
      Object.assign(member, {
        ...fields,
        name,
        organisation: memberOf?.name ?? input.organisation.trim(),
        memberOf: memberOf ? em.getReference(Organisation, memberOf.id, { wrapped: true }) : null,
      });
      em.persist(member);
      return member;
    });
  }

  /** The directory's organisations, by kind (landlord, association, state services, partners) then name. */
  async organisations(): Promise<Organisation[]> {
    const rows = await this.em.find(Organisation, {}, { orderBy: { name: 'asc', id: 'asc' } });
    const rank = Object.values(OrganisationKind);
    return rows.sort((a, b) => rank.indexOf(a.kind) - rank.indexOf(b.kind));
  }

  /** Adds an organisation, or renames or reclassifies one (its members' recorded name follows). */
  async recordOrganisation(actor: Actor, input: OrganisationInput): Promise<Organisation> {
    requireRole(actor, STAFF_WRITERS);
    const name = input.name.trim();
    if (!name) throw new BadUserInputError('name is empty', { field: 'name' });
    return this.em.transactional(async (em) => {
      const same = await em.findOne(Organisation, { name });
      if (same && same.id !== input.id) {
        throw new ConflictError(`An organisation is already named ${name.slice(0, 80)}`, { field: 'name' });
      }
      let organisation: Organisation;
      if (input.id) {
        const found = await em.findOne(Organisation, { id: input.id });
        if (!found) throw new NotFoundError('Organisation', input.id);
        organisation = found;
        await em.nativeUpdate(StaffMember, { memberOf: found.id }, { organisation: name });
      } else {
        organisation = new Organisation();
        organisation.id = randomUUID();
      }
      Object.assign(organisation, { name, kind: input.kind });
      em.persist(organisation);
      return organisation;
    });
  }
}
