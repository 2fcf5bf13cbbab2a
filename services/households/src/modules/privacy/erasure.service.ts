import { createHash } from 'node:crypto';
import {
  type Actor,
  addYears,
  BadUserInputError,
  type Calendar,
  ConflictError,
  DATA_SUBJECT_DESK,
  emitEvent,
  type IsoDate,
  isUuid,
  NotFoundError,
  requireRole,
  stamp,
  startOfLocalDay,
} from '@ash/kit';
import { type EntityManager, LockMode } from '@mikro-orm/core';
import { SCHEMA } from '../../orm';
import { Application, ApplicationTransition } from '../application/application.entity';
import { CLOSED_APPLICATION_STATUSES } from '../application/application.enums';
import { Household } from '../household/household.entity';
import { Person } from '../household/person.entity';
import type { ErasureReceipt } from './privacy.types';

/** What replaces a member's first and last names. */
export const ANONYMOUS_NAME = 'Anonyme';
/** Who erases households that retention no longer allows to keep. */
export const RETENTION_ACTOR = 'retention-job';
const MAX_REASON_LENGTH = 500;

/** A registration number that identifies nobody, yet stays unique (it hashes the random row id). */
export function erasedRegistrationNumber(applicationId: string): string {
  return `ERASED-${createHash('sha256').update(applicationId).digest('hex').slice(0, 12)}`;
}

/**
 * Anonymises a household in one transaction (right to erasure): names replaced, birth dates reduced
 * to their year, registration numbers replaced, consent and transition notes cleared; counts, target
 * public, statuses, dates and amounts stay, the indicators need them. Emits `HouseholdErased` so the
 * other subgraphs clear their part. A second erasure is a CONFLICT: the first one stands, with its
 * author and date, and the event is never sent twice.
 */
export async function eraseHousehold(
  em: EntityManager,
  by: Pick<Actor, 'userId'>,
  householdId: string,
  reason: string,
  now: Date,
): Promise<ErasureReceipt> {
  const why = reason.trim();
  if (!why) throw new BadUserInputError('reason is required', { field: 'reason', reason: 'REQUIRED' });
  if (why.length > MAX_REASON_LENGTH) {
    throw new BadUserInputError(`reason is at most ${MAX_REASON_LENGTH} characters`, {
      field: 'reason',
      reason: 'TOO_LONG',
    });
  }
  if (!isUuid(householdId)) throw new NotFoundError('Household', householdId);
  return em.transactional(async (tx) => {
    const household = await tx.findOne(
      Household,
      { id: householdId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!household) throw new NotFoundError('Household', householdId);
    if (household.erasedAt) {
      throw new ConflictError(`Household ${householdId} is already erased`, {
        reason: 'ALREADY_ERASED',
        erasedAt: household.erasedAt.toISOString(),
      });
    }
    const members = await tx.find(Person, { household: householdId });
    for (const member of members) {
      member.firstName = ANONYMOUS_NAME;
      member.lastName = ANONYMOUS_NAME;
      // The year keeps ages usable for aggregates.
      member.birthDate = `${member.birthDate.slice(0, 4)}-01-01`;
      stamp(member, by);
    }
    const applications = await tx.find(Application, { household: householdId });
    for (const application of applications) {
      application.registrationNumber = erasedRegistrationNumber(application.id);
      stamp(application, by);
    }
    const transitions = applications.length
      ? await tx.find(ApplicationTransition, {
          application: { $in: applications.map((a) => a.id) },
          note: { $ne: null },
        })
      : [];
    for (const transition of transitions) {
      transition.note = null;
      stamp(transition, by);
    }
    // Consent goes with the rest: the subgraphs that project it learn it is withdrawn.
    if (household.consentToShareDate) {
      emitEvent(tx, 'ConsentChanged', { householdId, consentToShare: false }, by.userId);
    }
    household.consentToShareDate = null;
    household.erasedAt = now;
    household.erasedBy = by.userId;
    household.erasureReason = why;
    stamp(household, by);
    emitEvent(tx, 'HouseholdErased', { householdId, erasedAt: now.toISOString() }, by.userId);
    return {
      householdId,
      erasedAt: now,
      erasedBy: by.userId,
      membersAnonymised: members.length,
      applicationsAnonymised: applications.length,
    };
  });
}

/** The mutation's entry: social management and operators only. */
export function eraseHouseholdAs(
  em: EntityManager,
  calendar: Calendar,
  actor: Actor,
  householdId: string,
  reason: string,
) {
  requireRole(actor, DATA_SUBJECT_DESK);
  return eraseHousehold(em, actor, householdId, reason, calendar.now());
}

export interface RetentionOptions {
  /** Years of inactivity after which a household is erased. */
  years: number;
  /** Today and now, as the process's clock says. */
  calendar: Calendar;
  /** Most households erased in one run (the next run takes the rest). */
  limit?: number;
}

// A household is inactive when nothing moved for `years`: no open application, no application status
// change and no change to the household itself since the cutoff. A household still housed or still
// followed is never inactive, however old its file: a sitting tenant (a running lease, in the tenancy
// projection kept from housing) or one in a support worker's caseload (a running accompaniment, in
// the caseload projection kept from accompaniment).
const INACTIVE_SQL = `
select h.id from "${SCHEMA}"."household" h
where h.erased_at is null
  and h.updated_at < ?
  and not exists (
    select 1 from "${SCHEMA}"."application" a
    where a.household_id = h.id
      and (a.status not in (${CLOSED_APPLICATION_STATUSES.map((s) => `'${s}'`).join(', ')})
           or a.status_changed_at >= ?))
  and not exists (
    select 1 from "${SCHEMA}"."tenancy" t where t.household_id = h.id and t.running_lease)
  and not exists (
    select 1 from "${SCHEMA}"."caseload" c
    where c.household_id = h.id and cardinality(c.support_worker_ids) > 0)
order by h.updated_at, h.id
limit ?`;

/** The cutoff day of the retention rule: `years` before `today` (a 29 February gives the 28th). */
export function retentionCutoff(today: IsoDate, years: number): IsoDate {
  return addYears(today, -years);
}

/**
 * Retention: erases, through `eraseHousehold` (actor `retention-job`), the households inactive for
 * `years`, never one with a running lease or a running accompaniment. Each household in its own
 * transaction; one erased meanwhile is skipped. Returns the ids erased.
 */
export async function eraseInactiveHouseholds(
  em: EntityManager,
  options: RetentionOptions,
): Promise<string[]> {
  const cutoff = retentionCutoff(options.calendar.today(), options.years);
  // Nothing moved since the start of the cutoff day at the agency.
  const since = startOfLocalDay(cutoff);
  const rows: { id: string }[] = await em
    .getConnection()
    .execute(INACTIVE_SQL, [since, since, options.limit ?? 1000]);
  const erased: string[] = [];
  for (const { id } of rows) {
    try {
      await eraseHousehold(
        em.fork(),
        { userId: RETENTION_ACTOR },
        id,
        `Retention: inactive for ${options.years} years (since ${cutoff})`,
        options.calendar.now(),
      );
      erased.push(id);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
  }
  return erased;
}
