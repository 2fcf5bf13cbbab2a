import {
  type Actor,
  assertUnchangedSince,
  BadUserInputError,
  type Calendar,
  ConflictError,
  type Connection,
  emitEvent,
  NotFoundError,
  type PageArgs,
  PERSON_DATA_READERS,
  paginate,
  Role,
  requireRole,
  stamp,
} from '@ash/kit';
import { type EntityManager, type FilterQuery, LockMode } from '@mikro-orm/core';
import { CLOSED_APPLICATION_STATUSES } from '../application/application.enums';
import { caseloadScope } from '../caseload/caseload.scope';
import { Household } from './household.entity';
import { PersonRole } from './household.enums';
import type {
  HouseholdFilter,
  MemberInput,
  PersonInput,
  RegisterHouseholdInput,
  UpdateHouseholdInput,
} from './household.input';
import { emitNeedsChanges, loadHouseholdNeeds } from './household.needs';
import { Person } from './person.entity';

/** Who receives applications and keeps household files: the landlord's two departments. */
export const APPLICATION_DESK = [Role.RentalManager, Role.SocialManager, Role.Admin] as const;

function notInFuture(calendar: Calendar, field: string, date: string | null | undefined) {
  if (date && calendar.isAfterToday(date))
    throw new BadUserInputError(`${field} cannot be in the future`, { field, reason: 'DATE_IN_FUTURE' });
}

/** A composition the household may have: an adult at least, nobody born after today. */
function checkMembers(calendar: Calendar, members: readonly PersonInput[]): void {
  if (!members.some((m) => m.role === PersonRole.ADULT)) {
    throw new BadUserInputError('A household needs at least one ADULT member', {
      field: 'members',
      reason: 'NO_ADULT',
    });
  }
  for (const member of members) notInFuture(calendar, 'birthDate', member.birthDate);
}

/**
 * Makes the household's members those given, in the caller's transaction: a member with the id of a
 * current one is changed (if anything differs), one without is added, a current one left out is
 * removed. An id that is not a current member's, or given twice, is a BAD_USER_INPUT.
 */
async function replaceMembers(
  em: EntityManager,
  household: Household,
  members: readonly MemberInput[],
  actor: Actor,
): Promise<void> {
  const current = new Map((await em.find(Person, { household: household.id })).map((p) => [p.id, p]));
  const given = members.flatMap((m) => (m.id ? [m.id] : []));
  if (new Set(given).size !== given.length || given.some((id) => !current.has(id))) {
    throw new BadUserInputError('members may name only current members of this household, once each', {
      field: 'members',
      reason: 'UNKNOWN_MEMBER',
    });
  }
  for (const [id, person] of current) if (!given.includes(id)) em.remove(person);
  for (const { id, ...fields } of members) {
    const person = id ? (current.get(id) as Person) : new Person();
    const changed = (Object.keys(fields) as (keyof typeof fields)[]).some((k) => person[k] !== fields[k]);
    if (!changed) continue;
    Object.assign(person, fields);
    stamp(person, actor);
    if (!id) {
      person.household = em.getReference(Household, household.id, { wrapped: true });
      em.persist(person);
    }
  }
}

// Nullable fields that an explicit null clears; on the others a null means "unchanged".
const CLEARABLE = new Set<keyof UpdateHouseholdInput>(['targetPublic', 'consentToShareDate']);
// Not a column of the household: the service replaces its members.
const NOT_COLUMNS = new Set<keyof UpdateHouseholdInput>(['members']);

/**
 * Tells accompaniment and housing that the household's consent to share its data with the
 * association was recorded or withdrawn (support workers reach it only with it), in the caller's
 * transaction.
 */
function emitConsentChanged(em: EntityManager, household: Household, actor: Actor): void {
  const consentToShare = household.consentToShareDate !== null;
  emitEvent(em, 'ConsentChanged', { householdId: household.id, consentToShare }, actor.userId);
}

/** Tells accompaniment the household's target public (set, changed or cleared), in the caller's transaction. */
function emitTargetPublicChanged(em: EntityManager, household: Household, actor: Actor): void {
  emitEvent(
    em,
    'TargetPublicChanged',
    { householdId: household.id, targetPublic: household.targetPublic },
    actor.userId,
  );
}

export class HouseholdService {
  constructor(
    private readonly em: EntityManager,
    private readonly calendar: Calendar,
  ) {}

  list(actor: Actor, filter: HouseholdFilter | undefined, page: PageArgs): Promise<Connection<Household>> {
    requireRole(actor, PERSON_DATA_READERS);
    const where: FilterQuery<Household> & Record<string, unknown> = {};
    if (filter?.targetPublics?.length) where.targetPublic = { $in: filter.targetPublics };
    if (typeof filter?.singleParent === 'boolean') where.singleParent = filter.singleParent;
    if (typeof filter?.dalo === 'boolean') where.dalo = filter.dalo;
    if (typeof filter?.hasOpenApplication === 'boolean') {
      const open = { status: { $nin: [...CLOSED_APPLICATION_STATUSES] } };
      where.applications = filter.hasOpenApplication ? { $some: open } : { $none: open };
    }
    // A support worker lists only the households of their caseload (in the SQL itself).
    return paginate(this.em, Household, { $and: [where, caseloadScope(actor)] }, page, {
      reference: 'asc',
    });
  }

  async register(actor: Actor, input: RegisterHouseholdInput): Promise<Household> {
    requireRole(actor, APPLICATION_DESK);
    checkMembers(this.calendar, input.members);
    notInFuture(this.calendar, 'consentToShareDate', input.consentToShareDate);
    return this.em.transactional(async (em) => {
      // Said before the unique index would, so that the form can put it next to the reference.
      if (await em.count(Household, { reference: input.reference })) {
        throw new ConflictError('This reference is already used', {
          field: 'reference',
          reason: 'REFERENCE_TAKEN',
        });
      }
      const { members, ...fields } = input;
      const household = stamp(new Household(), actor);
      for (const [key, value] of Object.entries(fields)) {
        if (value !== undefined && value !== null)
          (household as unknown as Record<string, unknown>)[key] = value;
      }
      em.persist(household);
      for (const member of members) {
        const person = stamp(Object.assign(new Person(), member), actor);
        person.household = em.getReference(Household, household.id, { wrapped: true });
        em.persist(person);
      }
      // Accompaniment and housing may now name it in their writes.
      emitEvent(em, 'HouseholdRegistered', { householdId: household.id }, actor.userId);
      if (household.consentToShareDate) emitConsentChanged(em, household, actor);
      if (household.targetPublic) emitTargetPublicChanged(em, household, actor);
      return household;
    });
  }

  async update(actor: Actor, id: string, input: UpdateHouseholdInput): Promise<Household> {
    requireRole(actor, APPLICATION_DESK);
    notInFuture(this.calendar, 'consentToShareDate', input.consentToShareDate);
    if (input.members) checkMembers(this.calendar, input.members);
    return this.em.transactional(async (em) => {
      const household = await em.findOne(Household, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!household) throw new NotFoundError('Household', id);
      const needs = await loadHouseholdNeeds(em, [household.id]);
      assertUnchangedSince(household, input.version, 'This household');
      const consented = household.consentToShareDate !== null;
      const targetPublic = household.targetPublic;
      const { version: _read, ...changes } = input;
      for (const [key, value] of Object.entries(changes) as [keyof UpdateHouseholdInput, unknown][]) {
        if (NOT_COLUMNS.has(key) || value === undefined || (value === null && !CLEARABLE.has(key))) continue;
        (household as unknown as Record<string, unknown>)[key] = value;
      }
      if (input.members) await replaceMembers(em, household, input.members, actor);
      stamp(household, actor);
      await emitNeedsChanges(em, needs, actor.userId);
      if ((household.consentToShareDate !== null) !== consented) emitConsentChanged(em, household, actor);
      if (household.targetPublic !== targetPublic) emitTargetPublicChanged(em, household, actor);
      return household;
    });
  }
}
