import {
  type Actor,
  BadUserInputError,
  type Calendar,
  ConflictError,
  isUuid,
  requireRole,
  stamp,
} from '@ash/kit';
import { type EntityManager, LockMode } from '@mikro-orm/core';
import { Alert } from '../alert/alert.entity';
import { AlertStatus } from '../alert/alert.enums';
import { Contact } from '../contact/contact.entity';
import { ConventionPeriod } from '../convention/convention-period.entity';
import { Accompaniment, PhaseChange } from './accompaniment.entity';
import { AccompanimentOutcome, AccompanimentPhase } from './accompaniment.enums';
import { ACCOMPANIMENT_OPENERS } from './accompaniment.service';

/** The end reason of an accompaniment carried over, in the words of the household's file. */
const carriedReason = (year: number) =>
  `Reporté sur la convention suivante au 1er janvier ${year} (accompagnement poursuivi)`;

async function periodOf(
  em: EntityManager,
  conventionId: string,
  argument: string,
): Promise<ConventionPeriod> {
  const period = isUuid(conventionId) ? await em.findOne(ConventionPeriod, { conventionId }) : null;
  if (!period) throw new BadUserInputError(`${argument}: unknown convention`, { argument });
  return period;
}

/**
 * Carries the accompaniments still running when a convention has ended over to the next one (its
 * years follow on): each ends on the last day of the old convention with the outcome CARRIED_OVER,
 * and goes on, for the same household with the same workers, schedule and phase, as a new
 * accompaniment of the next convention from its first day (`carriedOverFromId`), so that every
 * accompaniment lies within its convention's years and each month counts for one convention. The
 * contacts dated from that day and the alerts still open follow it. Nothing is carried before the
 * next convention has begun (CONFLICT); a second call finds nothing left to carry.
 */
export async function carryOverAccompaniments(
  em: EntityManager,
  calendar: Calendar,
  actor: Actor,
  fromConventionId: string,
  toConventionId: string,
): Promise<Accompaniment[]> {
  requireRole(actor, ACCOMPANIMENT_OPENERS);
  return em.transactional(async (tx) => {
    const from = await periodOf(tx, fromConventionId, 'fromConventionId');
    const to = await periodOf(tx, toConventionId, 'toConventionId');
    if (to.startYear !== from.endYear + 1) {
      throw new BadUserInputError(
        `The convention ends in ${from.endYear}: its accompaniments carry over to one starting in ${from.endYear + 1}, not ${to.startYear}`,
        { argument: 'toConventionId' },
      );
    }
    const lastDay = `${from.endYear}-12-31`;
    const firstDay = `${to.startYear}-01-01`;
    if (calendar.today() < firstDay) {
      throw new ConflictError(
        `The convention runs until ${lastDay}: its accompaniments carry over from ${firstDay}`,
        {
          endYear: from.endYear,
        },
      );
    }
    const running = await tx.find(
      Accompaniment,
      { conventionId: from.conventionId, phase: { $ne: AccompanimentPhase.ENDED } },
      { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { startDate: 'asc' } },
    );
    // The old ones end first: a household has one running accompaniment at a time.
    const phasesOf = new Map<string, PhaseChange[]>();
    for (const old of running) {
      phasesOf.set(old.id, await tx.find(PhaseChange, { accompaniment: old.id }, { orderBy: { at: 'asc' } }));
      tx.persist(
        stamp(
          Object.assign(new PhaseChange(), {
            accompaniment: tx.getReference(Accompaniment, old.id, { wrapped: true }),
            from: old.phase,
            to: AccompanimentPhase.ENDED,
            at: calendar.now(),
            by: actor.userId,
            note: carriedReason(to.startYear),
          }),
          actor,
        ),
      );
    }
    const phases = new Map(running.map((old) => [old.id, old.phase]));
    for (const old of running) {
      Object.assign(old, {
        phase: AccompanimentPhase.ENDED,
        endDate: lastDay,
        endReason: carriedReason(to.startYear),
        outcome: AccompanimentOutcome.CARRIED_OVER,
      });
      stamp(old, actor);
    }
    await tx.flush();
    const carried = running.map((old) => {
      const next = stamp(new Accompaniment(), actor);
      Object.assign(next, {
        householdId: old.householdId,
        kind: old.kind,
        supportWorkerId: old.supportWorkerId,
        socialReferentId: old.socialReferentId,
        startDate: firstDay,
        phase: phases.get(old.id),
        conventionId: to.conventionId,
        integrationContactsPerWeek: old.integrationContactsPerWeek,
        integrationWeeks: old.integrationWeeks,
        monthlyInPersonMeetings: old.monthlyInPersonMeetings,
        moveInSupportWorkerPresent: old.moveInSupportWorkerPresent,
        carriedOverFromId: old.id,
      });
      tx.persist(next);
      return next;
    });
    await tx.flush();
    for (const next of carried) {
      // Its phases as they happened (the contact schedule reads the move-in from them).
      for (const change of phasesOf.get(next.carriedOverFromId as string) ?? []) {
        tx.persist(
          stamp(
            Object.assign(new PhaseChange(), {
              accompaniment: tx.getReference(Accompaniment, next.id, { wrapped: true }),
              from: change.from,
              to: change.to,
              at: change.at,
              by: change.by,
              note: change.note,
            }),
            actor,
          ),
        );
      }
    }
    await tx.flush();
    for (const next of carried) {
      const old = next.carriedOverFromId as string;
      await tx.nativeUpdate(
        Contact,
        { accompaniment: old, date: { $gte: firstDay } },
        { accompaniment: next.id },
      );
      await tx.nativeUpdate(
        Alert,
        { accompaniment: old, status: { $ne: AlertStatus.CLOSED } },
        { accompaniment: next.id },
      );
    }
    return carried;
  });
}
