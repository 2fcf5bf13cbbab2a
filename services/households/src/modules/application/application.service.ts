import {
  type Actor,
  addDays,
  assertTransition,
  assertUnchangedSince,
  BadUserInputError,
  type Calendar,
  ConflictError,
  type Connection,
  ForbiddenError,
  type IsoDate,
  NotFoundError,
  type PageArgs,
  PERSON_DATA_READERS,
  paginate,
  Role,
  requireRole,
  stamp,
  startOfLocalDay,
  type TransitionMap,
} from '@ash/kit';
import { type EntityManager, type FilterQuery, LockMode } from '@mikro-orm/core';
import { ofCaseloadHousehold } from '../caseload/caseload.scope';
import { holdCompletedSessions, withdrawPendingCandidacies } from '../commission/candidacy.service';
import { Household } from '../household/household.entity';
import { emitNeedsChanges, loadHouseholdNeeds } from '../household/household.needs';
import { APPLICATION_DESK } from '../household/household.service';
import { Application, ApplicationTransition } from './application.entity';
import {
  AWAITING_DWELLING_STATUSES,
  CLOSED_APPLICATION_STATUSES,
  ApplicationStatus as S,
  STALLABLE_STATUSES,
} from './application.enums';
import { type ApplicationFilter, MAX_NOTE_LENGTH, type SubmitApplicationInput } from './application.input';

/** The allocation pipeline; MOVED_IN and WITHDRAWN are final. */
export const APPLICATION_TRANSITIONS: TransitionMap<S> = {
  [S.RECEIVED]: [S.ORIENTED, S.WITHDRAWN],
  [S.ORIENTED]: [S.SHARED_REVIEW, S.WITHDRAWN],
  [S.SHARED_REVIEW]: [S.READY_FOR_COMMISSION, S.ORIENTED, S.WITHDRAWN],
  [S.READY_FOR_COMMISSION]: [S.SCHEDULED, S.SHARED_REVIEW, S.WITHDRAWN],
  [S.SCHEDULED]: [S.DECIDED, S.READY_FOR_COMMISSION, S.WITHDRAWN],
  [S.DECIDED]: [S.LEASE_SIGNED, S.READY_FOR_COMMISSION, S.WITHDRAWN],
  [S.LEASE_SIGNED]: [S.MOVED_IN],
  [S.MOVED_IN]: [],
  [S.WITHDRAWN]: [],
};

/**
 * Social management (and admins) drive the whole pipeline; rental management only orients a new
 * application to social management, or records a withdrawal.
 */
function mayMove(actor: Pick<Actor, 'role'>, from: S, to: S): boolean {
  if (actor.role === Role.SocialManager || actor.role === Role.Admin) return true;
  if (actor.role === Role.RentalManager)
    return to === S.WITHDRAWN || (from === S.RECEIVED && to === S.ORIENTED);
  return false;
}

/** The steps the actor may move an application at `from` to: the pipeline's, within their role's. */
export function nextStatuses(actor: Pick<Actor, 'role'>, from: S): S[] {
  return (APPLICATION_TRANSITIONS[from] ?? []).filter((to) => mayMove(actor, from, to));
}

/**
 * An application stalls on the `stalledAfterDays`-th agency day after the day it entered its step
 * (entered on 1 March, 21 days: stalled from 22 March, whatever the hour). So it is stalled today
 * when it entered before the start of the day `stalledAfterDays - 1` days ago.
 */
export function stalledCutoff(stalledAfterDays: number, today: IsoDate): Date {
  return startOfLocalDay(addDays(today, 1 - stalledAfterDays));
}

/** When the application entered its step, if it has been stuck there too long; null otherwise. */
export function stalledSince(
  application: Application,
  stalledAfterDays: number,
  today: IsoDate,
): Date | null {
  return STALLABLE_STATUSES.includes(application.status) &&
    application.statusChangedAt < stalledCutoff(stalledAfterDays, today)
    ? application.statusChangedAt
    : null;
}

/**
 * Moves an application (checked against the pipeline: CONFLICT otherwise) and records the dated
 * move with who made it and why, inside the caller's transaction.
 */
export function recordTransition(
  em: EntityManager,
  application: Application,
  to: S,
  by: Pick<Actor, 'userId'>,
  note: string | null,
  at: Date,
): ApplicationTransition {
  const from = application.status;
  assertTransition('Application', APPLICATION_TRANSITIONS, from, to);
  application.status = to;
  application.statusChangedAt = at;
  stamp(application, by);
  const transition = stamp(new ApplicationTransition(), by);
  Object.assign(transition, { from, to, at, by: by.userId, note });
  transition.application = em.getReference(Application, application.id, { wrapped: true });
  em.persist(transition);
  return transition;
}

const awaits = (status: S) => AWAITING_DWELLING_STATUSES.includes(status);

export class ApplicationService {
  constructor(
    private readonly em: EntityManager,
    private readonly calendar: Calendar,
  ) {}

  list(
    actor: Actor,
    filter: ApplicationFilter | undefined,
    page: PageArgs,
    stalledAfterDays: number,
  ): Promise<Connection<Application>> {
    requireRole(actor, PERSON_DATA_READERS);
    const where: FilterQuery<Application> & Record<string, unknown> = {};
    if (filter?.statuses?.length) where.status = { $in: filter.statuses };
    if (filter?.targetPublics?.length) where.household = { targetPublic: { $in: filter.targetPublics } };
    if (filter?.communes?.length) where.desiredCommunes = { $overlap: filter.communes };
    if (filter?.typologies?.length) where.desiredTypologies = { $overlap: filter.typologies };
    if (typeof filter?.stalled === 'boolean') {
      // Served by the (status, status_changed_at) index.
      const cutoff = stalledCutoff(stalledAfterDays, this.calendar.today());
      const stalled = { status: { $in: [...STALLABLE_STATUSES] }, statusChangedAt: { $lt: cutoff } };
      where.$and = [
        filter.stalled
          ? stalled
          : { $or: [{ status: { $nin: [...STALLABLE_STATUSES] } }, { statusChangedAt: { $gte: cutoff } }] },
      ];
    }
    // A support worker lists only the applications of their caseload (in the SQL itself).
    const scoped: FilterQuery<Application> = { $and: [where, ofCaseloadHousehold(actor)] };
    return paginate(this.em, Application, scoped, page, { submittedAt: 'asc' });
  }

  async submit(actor: Actor, input: SubmitApplicationInput): Promise<Application> {
    requireRole(actor, APPLICATION_DESK);
    const desiredCommunes = [...new Set(input.desiredCommunes.map((c) => c.trim()))];
    if (desiredCommunes.some((c) => c.length < 2)) {
      throw new BadUserInputError('desiredCommunes must be commune names', {
        field: 'desiredCommunes',
        reason: 'COMMUNE_NAME',
      });
    }
    return this.em.transactional(async (em) => {
      // Locking the household serialises concurrent submissions for it.
      const household = await em.findOne(
        Household,
        { id: input.householdId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!household) throw new NotFoundError('Household', input.householdId);
      const open = await em.count(Application, {
        household: household.id,
        status: { $nin: [...CLOSED_APPLICATION_STATUSES] },
      });
      if (open > 0)
        throw new ConflictError('This household already has an open application', {
          reason: 'OPEN_APPLICATION',
        });
      if (await em.count(Application, { registrationNumber: input.registrationNumber })) {
        throw new ConflictError('This registration number is already used', {
          field: 'registrationNumber',
          reason: 'REGISTRATION_NUMBER_TAKEN',
        });
      }
      const application = stamp(new Application(), actor);
      application.household = em.getReference(Household, household.id, { wrapped: true });
      application.registrationNumber = input.registrationNumber;
      application.desiredTypologies = [...new Set(input.desiredTypologies)];
      application.desiredCommunes = desiredCommunes;
      application.maxRentCents = input.maxRentCents;
      application.status = S.RECEIVED;
      application.submittedAt = this.calendar.today();
      application.statusChangedAt = this.calendar.now();
      em.persist(application);
      // No open application before, so no needs: the household now awaits a dwelling.
      await emitNeedsChanges(em, new Map([[household.id, null]]), actor.userId);
      return application;
    });
  }

  async move(
    actor: Actor,
    id: string,
    to: S,
    note: string | null | undefined,
    version?: number | null,
  ): Promise<Application> {
    requireRole(actor, APPLICATION_DESK);
    if (note && note.length > MAX_NOTE_LENGTH) {
      throw new BadUserInputError(`note is longer than ${MAX_NOTE_LENGTH} characters`, {
        field: 'note',
        reason: 'TOO_LONG',
      });
    }
    return this.em.transactional(async (em) => {
      const application = await em.findOne(Application, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!application) throw new NotFoundError('Application', id);
      assertUnchangedSince(application, version, 'This application');
      const from = application.status;
      if (!mayMove(actor, from, to))
        throw new ForbiddenError(`Role ${actor.role} may not move an application from ${from} to ${to}`);
      assertTransition('Application', APPLICATION_TRANSITIONS, from, to);
      const needs =
        awaits(from) !== awaits(to) ? await loadHouseholdNeeds(em, [application.household.id]) : null;
      // Back to the queue after a decision: the allocation fell through, the dwelling is free again.
      if (from === S.DECIDED && to === S.READY_FOR_COMMISSION) application.allocatedDwellingId = null;
      const at = this.calendar.now();
      recordTransition(em, application, to, actor, note?.trim() || null, at);
      if (to === S.WITHDRAWN) {
        // A withdrawn application leaves the commissions' agendas.
        const withdrawn = await withdrawPendingCandidacies(em, application.id, actor, at);
        await holdCompletedSessions(
          em,
          withdrawn.map((c) => c.commission.id),
          actor,
        );
      }
      if (needs) await emitNeedsChanges(em, needs, actor.userId);
      return application;
    });
  }
}
