import {
  type Actor,
  assertKnownReference,
  assertTransition,
  assertUnchangedSince,
  BadUserInputError,
  type Calendar,
  ConflictError,
  type Connection,
  checkDateWithin,
  isUuid,
  localDate,
  NotFoundError,
  type PageArgs,
  PERSON_DATA_READERS,
  paginate,
  Role,
  requireRole,
  stamp,
  type TransitionMap,
} from '@ash/kit';
import { type EntityManager, type FilterQuery, LockMode } from '@mikro-orm/core';
import { DEFAULT_TRIAGE_DAYS, type TriageDays } from '../../config';
import { Accompaniment } from '../accompaniment/accompaniment.entity';
import { AccompanimentPhase } from '../accompaniment/accompaniment.enums';
import { checkNote } from '../accompaniment/accompaniment.service';
import { caseloadScope } from '../caseload/caseload.scope';
import { Alert, AlertTransition } from './alert.entity';
import { type AlertSign, type AlertSource, AlertStatus } from './alert.enums';
import type { AlertFilter, RaiseAlertInput } from './alert.input';
import { alertScope, overdueAlerts } from './alert.scope';
import { triageDeadline } from './triage';

/** Triage of an alert: shared diagnosis, agreed action, closed (final). */
export const ALERT_TRANSITIONS: TransitionMap<AlertStatus> = {
  [AlertStatus.NEW]: [AlertStatus.SHARED_DIAGNOSIS, AlertStatus.CLOSED],
  [AlertStatus.SHARED_DIAGNOSIS]: [AlertStatus.ACTION_AGREED, AlertStatus.CLOSED],
  [AlertStatus.ACTION_AGREED]: [AlertStatus.CLOSED, AlertStatus.SHARED_DIAGNOSIS],
  [AlertStatus.CLOSED]: [],
};

/** Anyone who meets tenants may signal a situation. */
export const ALERT_RAISERS = [
  Role.SocialManager,
  Role.SupportWorker,
  Role.RentalManager,
  Role.Admin,
] as const;
/** Who triages alerts; a support worker only those of their own caseload. */
export const ALERT_HANDLERS = [Role.SocialManager, Role.Admin, Role.SupportWorker] as const;

/** Tolerated clock difference between the caller and this server for "not in the future". */
const CLOCK_SKEW_MS = 5 * 60_000;

function transition(alert: Alert, from: AlertStatus | null, at: Date, actor: Actor, note: string | null) {
  return stamp(
    Object.assign(new AlertTransition(), { alert, from, to: alert.status, at, by: actor.userId, note }),
    actor,
  );
}

export class AlertService {
  constructor(
    private readonly em: EntityManager,
    private readonly calendar: Calendar,
    private readonly triageDays: TriageDays = DEFAULT_TRIAGE_DAYS,
  ) {}

  list(actor: Actor, filter: AlertFilter | undefined, page: PageArgs): Promise<Connection<Alert>> {
    requireRole(actor, PERSON_DATA_READERS);
    const where: FilterQuery<Alert>[] = [alertScope(actor)];
    if (filter?.statuses?.length) where.push({ status: { $in: filter.statuses } });
    if (filter?.sources?.length) where.push({ source: { $in: filter.sources } });
    if (filter?.householdId) where.push({ householdId: filter.householdId });
    if (filter?.overdue === true) {
      where.push(overdueAlerts(this.calendar.today()));
    } else if (filter?.overdue === false) {
      where.push({
        $or: [{ status: { $ne: AlertStatus.NEW } }, { triageDeadline: { $gte: this.calendar.today() } }],
      });
    }
    return paginate(this.em, Alert, { $and: where }, page, { raisedAt: 'desc' });
  }

  async raise(actor: Actor, input: RaiseAlertInput): Promise<Alert> {
    requireRole(actor, ALERT_RAISERS);
    const now = this.calendar.now();
    const raisedAt = input.raisedAt ?? now;
    if (raisedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
      throw new BadUserInputError('raisedAt cannot be in the future', { argument: 'raisedAt' });
    }
    checkDateWithin(this.calendar, 'raisedAt', localDate(raisedAt), { yearsBefore: 5, yearsAfter: 0 });
    const description = input.description.trim();
    if (!description) throw new BadUserInputError('description is empty', { argument: 'description' });
    return this.em.transactional(async (em) => {
      // A support worker learns nothing of a household outside their caseload, known or not: the
      // caseload check below answers NOT_FOUND for both.
      if (actor.role !== Role.SupportWorker) {
        await assertKnownReference(em, 'Household', input.householdId, 'householdId');
      }
      let accompaniment: Accompaniment | null = null;
      if (input.accompanimentId) {
        accompaniment = await em.findOne(Accompaniment, {
          $and: [{ id: input.accompanimentId }, caseloadScope(actor)],
        });
        if (!accompaniment) throw new NotFoundError('Accompaniment', input.accompanimentId);
        if (accompaniment.phase === AccompanimentPhase.ENDED) {
          throw new ConflictError(
            `This accompaniment ended on ${accompaniment.endDate}: raise the alert for the household alone`,
            { argument: 'accompanimentId', endDate: accompaniment.endDate },
          );
        }
        if (accompaniment.householdId !== input.householdId) {
          throw new BadUserInputError('The accompaniment is not the household’s', {
            argument: 'accompanimentId',
          });
        }
      } else {
        // Attach the household's running accompaniment, so its workers see the alert. A support
        // worker only raises one on their own caseload: any other household is not found.
        accompaniment = await em.findOne(Accompaniment, {
          $and: [
            { householdId: input.householdId, phase: { $ne: AccompanimentPhase.ENDED } },
            caseloadScope(actor),
          ],
        });
        if (!accompaniment && actor.role === Role.SupportWorker) {
          throw new NotFoundError('Household', input.householdId);
        }
      }
      const alert = stamp(new Alert(), actor);
      Object.assign(alert, {
        householdId: input.householdId,
        accompaniment: accompaniment
          ? em.getReference(Accompaniment, accompaniment.id, { wrapped: true })
          : null,
        source: input.source,
        signs: input.signs,
        description,
        status: AlertStatus.NEW,
        raisedAt,
        triageDeadline: triageDeadline(raisedAt, this.triageDays[input.source]),
      });
      em.persist(alert);
      em.persist(transition(alert, null, raisedAt, actor, null));
      return alert;
    });
  }

  async move(
    actor: Actor,
    id: string,
    to: AlertStatus,
    rawNote?: string | null,
    version?: number | null,
  ): Promise<Alert> {
    requireRole(actor, ALERT_HANDLERS);
    const note = checkNote(rawNote);
    return this.em.transactional(async (em) => {
      if (!isUuid(id)) throw new NotFoundError('Alert', id);
      // Lock the row alone (the caseload scope joins the accompaniment), then check the scope.
      const alert = await em.findOne(Alert, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const visible = alert && (await em.count(Alert, { $and: [{ id }, alertScope(actor)] })) > 0;
      if (!alert || !visible) throw new NotFoundError('Alert', id);
      assertUnchangedSince(alert, version, 'This alert');
      const from = alert.status;
      assertTransition('Alert', ALERT_TRANSITIONS, from, to);
      alert.status = to;
      stamp(alert, actor);
      em.persist(transition(alert, from, this.calendar.now(), actor, note));
      return alert;
    });
  }
}

/** An alert the system raises from a fact (arrears, unanswered outreach), not a person. */
export interface AutomaticAlert {
  householdId: string;
  /** The accompaniment it concerns; the household's running one when not given. */
  accompanimentId?: string;
  source: AlertSource;
  sign: AlertSign;
  description: string;
  arrearsMonths?: number;
  arrearsCents?: number;
}

/**
 * Raises an alert for a fact, in the caller's transaction, unless the household already has an open
 * (not CLOSED) alert with that sign: the same situation is never signalled twice. Attached to the
 * household's running accompaniment, if any, so its support worker sees it. Returns null when an
 * open alert already covers it.
 */
export async function raiseUnlessOpen(
  em: EntityManager,
  fact: AutomaticAlert,
  actorId: string,
  raisedAt: Date,
  triageDays: TriageDays = DEFAULT_TRIAGE_DAYS,
): Promise<Alert | null> {
  // Serialises the facts about one household, so two at once cannot both find no open alert.
  await em
    .getConnection()
    .execute(
      "select pg_advisory_xact_lock(hashtext('alert:' || ?))",
      [fact.householdId],
      'get',
      em.getTransactionContext(),
    );
  const open = await em.count(Alert, {
    householdId: fact.householdId,
    status: { $ne: AlertStatus.CLOSED },
    signs: { $contains: [fact.sign] },
  });
  if (open > 0) return null;
  const accompaniment = fact.accompanimentId
    ? { id: fact.accompanimentId }
    : await em.findOne(
        Accompaniment,
        { householdId: fact.householdId, phase: { $ne: AccompanimentPhase.ENDED } },
        { orderBy: { startDate: 'desc' } },
      );
  const actor = { userId: actorId };
  const alert = stamp(new Alert(), actor);
  Object.assign(alert, {
    householdId: fact.householdId,
    accompaniment: accompaniment ? em.getReference(Accompaniment, accompaniment.id, { wrapped: true }) : null,
    source: fact.source,
    signs: [fact.sign],
    description: fact.description,
    arrearsMonths: fact.arrearsMonths ?? null,
    arrearsCents: fact.arrearsCents ?? null,
    status: AlertStatus.NEW,
    raisedAt,
    triageDeadline: triageDeadline(raisedAt, triageDays[fact.source]),
  });
  em.persist(alert);
  em.persist(
    stamp(
      Object.assign(new AlertTransition(), {
        alert,
        from: null,
        to: alert.status,
        at: raisedAt,
        by: actorId,
      }),
      actor,
    ),
  );
  return alert;
}
