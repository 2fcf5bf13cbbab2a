import {
  type Actor,
  assertKnownReference,
  assertTransition,
  BadUserInputError,
  type Calendar,
  ConflictError,
  type Connection,
  checkDateWithin,
  isUuid,
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
import { emitCaseloadChanged } from '../caseload/caseload.events';
import { caseloadScope } from '../caseload/caseload.scope';
import { assertWithinConvention, capacityOf } from '../convention/convention-period.projection';
import { StaffRole } from '../staff/staff.enums';
import { assertStaffMember } from '../staff/staff.service';
import { Accompaniment, PhaseChange } from './accompaniment.entity';
import { AccompanimentKind, AccompanimentOutcome, AccompanimentPhase } from './accompaniment.enums';
import type { AccompanimentFilter, OpenAccompanimentInput } from './accompaniment.input';

/** How an accompaniment moves through its phases; ENDED is final. */
export const PHASE_TRANSITIONS: TransitionMap<AccompanimentPhase> = {
  [AccompanimentPhase.PRE_ALLOCATION]: [AccompanimentPhase.INTEGRATION, AccompanimentPhase.ENDED],
  [AccompanimentPhase.INTEGRATION]: [AccompanimentPhase.FOLLOW_UP, AccompanimentPhase.ENDED],
  [AccompanimentPhase.FOLLOW_UP]: [AccompanimentPhase.ENDED],
  [AccompanimentPhase.ENDED]: [],
};

/** Social management opens accompaniments (it is the association's single contact). */
export const ACCOMPANIMENT_OPENERS = [Role.SocialManager, Role.Admin] as const;
/** Who works on an accompaniment; a support worker only on their own caseload. */
export const CASE_WORKERS = [Role.SocialManager, Role.Admin, Role.SupportWorker] as const;

const NOTE_MAX = 2000;

export interface MoveOptions {
  note?: string | null;
  endReason?: string | null;
  outcome?: AccompanimentOutcome | null;
}

/** A tenancy-sustainment accompaniment starts with a household already in its dwelling. */
function initialPhase(kind: AccompanimentKind): AccompanimentPhase {
  return kind === AccompanimentKind.TENANCY_SUSTAINMENT
    ? AccompanimentPhase.FOLLOW_UP
    : AccompanimentPhase.PRE_ALLOCATION;
}

export function checkNote(note: string | null | undefined, argument = 'note'): string | null {
  if (note === null || note === undefined) return null;
  if (note.length > NOTE_MAX) throw new BadUserInputError(`${argument} is too long`, { argument });
  return note.trim() || null;
}

/**
 * The accompaniment `id` as the actor may work on it (locked for the rest of the transaction):
 * NOT_FOUND outside the actor's caseload (a support worker asking for someone else's accompaniment,
 * or one that ended, learns nothing about it), CONFLICT once it has ended: nothing more is recorded
 * on a closed case.
 */
export async function findWorkableAccompaniment(
  em: EntityManager,
  actor: Actor,
  id: string,
): Promise<Accompaniment> {
  if (!isUuid(id)) throw new NotFoundError('Accompaniment', id);
  const accompaniment = await em.findOne(
    Accompaniment,
    { $and: [{ id }, caseloadScope(actor)] },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (!accompaniment) throw new NotFoundError('Accompaniment', id);
  if (accompaniment.phase === AccompanimentPhase.ENDED) {
    throw new ConflictError(
      `This accompaniment ended on ${accompaniment.endDate}: nothing more is recorded on it`,
      {
        endDate: accompaniment.endDate,
      },
    );
  }
  return accompaniment;
}

export class AccompanimentService {
  constructor(
    private readonly em: EntityManager,
    private readonly calendar: Calendar,
  ) {}

  list(
    actor: Actor,
    filter: AccompanimentFilter | undefined,
    page: PageArgs,
  ): Promise<Connection<Accompaniment>> {
    requireRole(actor, PERSON_DATA_READERS);
    const where: FilterQuery<Accompaniment> = {};
    if (filter?.phases?.length) where.phase = { $in: filter.phases };
    if (filter?.kinds?.length) where.kind = { $in: filter.kinds };
    if (filter?.supportWorkerId) where.supportWorkerId = filter.supportWorkerId;
    if (filter?.householdId) where.householdId = filter.householdId;
    if (filter?.conventionId) where.conventionId = filter.conventionId;
    return paginate(this.em, Accompaniment, { $and: [where, caseloadScope(actor)] }, page, {
      startDate: 'desc',
    });
  }

  async open(actor: Actor, input: OpenAccompanimentInput): Promise<Accompaniment> {
    requireRole(actor, ACCOMPANIMENT_OPENERS);
    checkDateWithin(this.calendar, 'startDate', input.startDate, { yearsBefore: 5, yearsAfter: 1 });
    const overrideReason = checkNote(input.capacityOverrideReason, 'capacityOverrideReason');
    return this.em.transactional(async (em) => {
      // Every id it names must exist: the others' as this subgraph learnt them, the staff's here.
      await assertKnownReference(em, 'Household', input.householdId, 'householdId');
      await assertKnownReference(em, 'Convention', input.conventionId, 'conventionId');
      await assertWithinConvention(em, input.conventionId, input.startDate);
      await assertStaffMember(em, input.supportWorkerId, StaffRole.SUPPORT_WORKER, 'supportWorkerId');
      await assertStaffMember(em, input.socialReferentId, StaffRole.SOCIAL_MANAGER, 'socialReferentId');
      const running = await em.count(Accompaniment, {
        householdId: input.householdId,
        phase: { $ne: AccompanimentPhase.ENDED },
      });
      if (running > 0) {
        throw new ConflictError('The household already has a running accompaniment', {
          householdId: input.householdId,
        });
      }
      const overCapacity = await this.overCapacity(em, input.conventionId, input.startDate);
      if (overCapacity && !overrideReason) {
        throw new ConflictError(
          `The convention funds ${overCapacity.capacity} households at once and ${overCapacity.followed} are followed on ${input.startDate}: opening one more needs social management's override with its reason`,
          { reason: 'OVER_CAPACITY', ...overCapacity, argument: 'capacityOverrideReason' },
        );
      }
      const { capacityOverrideReason: _asked, ...fields } = input;
      const accompaniment = stamp(Object.assign(new Accompaniment(), fields), actor);
      // The reason is kept only when the override was needed.
      accompaniment.capacityOverrideReason = overCapacity ? overrideReason : null;
      accompaniment.phase = initialPhase(input.kind);
      em.persist(accompaniment);
      em.persist(
        stamp(
          Object.assign(new PhaseChange(), {
            accompaniment: em.getReference(Accompaniment, accompaniment.id, { wrapped: true }),
            from: null,
            to: accompaniment.phase,
            at: this.calendar.now(),
            by: actor.userId,
          }),
          actor,
        ),
      );
      // The household joins the worker's caseload in the other subgraphs.
      await emitCaseloadChanged(em, accompaniment.householdId, actor);
      return accompaniment;
    });
  }

  /**
   * The convention's capacity and the households it follows on `date` (accompaniments started by
   * then and not ended before) when they leave no place; null when a place is free or the capacity
   * is not known.
   */
  private async overCapacity(
    em: EntityManager,
    conventionId: string,
    date: string,
  ): Promise<{ capacity: number; followed: number } | null> {
    const capacity = await capacityOf(em, conventionId);
    if (capacity === null) return null;
    const followed = await em.count(Accompaniment, {
      conventionId,
      startDate: { $lte: date },
      $or: [{ endDate: null }, { endDate: { $gte: date } }],
    });
    return followed >= capacity ? { capacity, followed } : null;
  }

  async move(actor: Actor, id: string, to: AccompanimentPhase, options: MoveOptions): Promise<Accompaniment> {
    requireRole(actor, CASE_WORKERS);
    const note = checkNote(options.note);
    const endReason = checkNote(options.endReason, 'endReason');
    return this.em.transactional(async (em) => {
      const accompaniment = await findWorkableAccompaniment(em, actor, id);
      const from = accompaniment.phase;
      assertTransition('Accompaniment', PHASE_TRANSITIONS, from, to);
      if (to === AccompanimentPhase.ENDED) {
        if (options.outcome === AccompanimentOutcome.CARRIED_OVER) {
          throw new BadUserInputError(
            'An accompaniment is carried over with its convention (carryOverAccompaniments), not ended so',
            { argument: 'outcome' },
          );
        }
        if (!endReason || !options.outcome) {
          throw new BadUserInputError('Ending an accompaniment requires an endReason and an outcome', {
            argument: endReason ? 'outcome' : 'endReason',
          });
        }
        const endDate = this.calendar.today();
        if (endDate < accompaniment.startDate) {
          throw new BadUserInputError('An accompaniment cannot end before it starts', {
            startDate: accompaniment.startDate,
          });
        }
        accompaniment.endDate = endDate;
        accompaniment.endReason = endReason;
        accompaniment.outcome = options.outcome;
      } else if (endReason || options.outcome) {
        throw new BadUserInputError('endReason and outcome are only given when the accompaniment ends');
      }
      accompaniment.phase = to;
      stamp(accompaniment, actor);
      em.persist(
        stamp(
          Object.assign(new PhaseChange(), {
            accompaniment: em.getReference(Accompaniment, accompaniment.id, { wrapped: true }),
            from,
            to,
            at: this.calendar.now(),
            by: actor.userId,
            note,
          }),
          actor,
        ),
      );
      // An ended accompaniment takes the household out of its worker's caseload.
      if (to === AccompanimentPhase.ENDED) await emitCaseloadChanged(em, accompaniment.householdId, actor);
      return accompaniment;
    });
  }
}
