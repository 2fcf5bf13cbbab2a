import {
  type Actor,
  assertKnownReference,
  BadUserInputError,
  type Calendar,
  ConflictError,
  type Connection,
  checkDateWithin,
  emitEvent,
  NotFoundError,
  type PageArgs,
  PERSON_DATA_READERS,
  paginate,
  Role,
  requireRole,
  stamp,
} from '@ash/kit';
import { type EntityManager, LockMode } from '@mikro-orm/core';
import { Application } from '../application/application.entity';
import { ApplicationStatus } from '../application/application.enums';
import { recordTransition } from '../application/application.service';
import { emitNeedsChanges, loadHouseholdNeeds } from '../household/household.needs';
import { holdCompletedSessions, PENDING, withdrawPendingCandidacies } from './candidacy.service';
import { Candidacy, Commission, Placement } from './commission.entity';
import { ALLOCATIONS, CommissionDecision, CommissionStatus, REASONS_BY_DECISION } from './commission.enums';
import {
  CANDIDATES_PER_DWELLING,
  type CreateCommissionInput,
  type PlaceDwellingOnCommissionInput,
  type RecordCommissionDecisionInput,
} from './commission.input';

/** Who prepares and records the allocation committee: social management (and admins). */
export const COMMISSION_DESK = [Role.SocialManager, Role.Admin] as const;

/** Serialises, until the transaction ends, every placement and allocation of one dwelling. */
async function lockDwelling(em: EntityManager, dwellingId: string): Promise<void> {
  await em
    .getConnection()
    .execute(
      'select pg_advisory_xact_lock(hashtextextended(?, 0))',
      [dwellingId],
      'all',
      em.getTransactionContext(),
    );
}

/** CONFLICT while an earlier allocation of the dwelling still holds (decided, or lease signed). */
async function assertDwellingFree(em: EntityManager, dwellingId: string): Promise<void> {
  const holder = await em.findOne(Application, {
    allocatedDwellingId: dwellingId,
    status: { $in: [ApplicationStatus.DECIDED, ApplicationStatus.LEASE_SIGNED] },
  });
  if (holder) {
    throw new ConflictError('This dwelling is already allocated to another application', {
      dwellingId,
      applicationId: holder.id,
    });
  }
}

/** BAD_USER_INPUT unless the candidates are 1..n without gaps, distinct, and three unless demand is insufficient. */
function checkCandidates(input: PlaceDwellingOnCommissionInput): void {
  const { candidates } = input;
  const ranks = candidates.map((c) => c.rank).sort((a, b) => a - b);
  if (ranks.some((rank, i) => rank !== i + 1)) {
    throw new BadUserInputError('Ranks must run from 1 to the number of candidates, without gaps', {
      field: 'candidates',
    });
  }
  if (new Set(candidates.map((c) => c.applicationId)).size !== candidates.length) {
    throw new BadUserInputError('An application is placed twice on the dwelling', { field: 'candidates' });
  }
  const insufficientDemand = input.insufficientDemand ?? false;
  if (candidates.length > CANDIDATES_PER_DWELLING) {
    throw new BadUserInputError(`At most ${CANDIDATES_PER_DWELLING} candidates per dwelling`, {
      field: 'candidates',
    });
  }
  if (candidates.length < CANDIDATES_PER_DWELLING && !insufficientDemand) {
    throw new BadUserInputError(
      `The law expects ${CANDIDATES_PER_DWELLING} candidates per dwelling; fewer only when demand is insufficient`,
      { field: 'insufficientDemand' },
    );
  }
  if (candidates.length === CANDIDATES_PER_DWELLING && insufficientDemand) {
    throw new BadUserInputError(`Demand is not insufficient with ${CANDIDATES_PER_DWELLING} candidates`, {
      field: 'insufficientDemand',
    });
  }
}

export class CommissionService {
  constructor(
    private readonly em: EntityManager,
    private readonly calendar: Calendar,
  ) {}

  /** Sessions, latest first. */
  list(actor: Actor, page: PageArgs): Promise<Connection<Commission>> {
    requireRole(actor, PERSON_DATA_READERS);
    return paginate(this.em, Commission, {}, page, { sessionDate: 'desc' });
  }

  async create(actor: Actor, input: CreateCommissionInput): Promise<Commission> {
    requireRole(actor, COMMISSION_DESK);
    if (input.sessionDate < this.calendar.today()) {
      throw new BadUserInputError('sessionDate cannot be in the past', { field: 'sessionDate' });
    }
    checkDateWithin(this.calendar, 'sessionDate', input.sessionDate, { yearsBefore: 0, yearsAfter: 5 });
    return this.em.transactional(async (em) => {
      const commission = stamp(new Commission(), actor);
      commission.sessionDate = input.sessionDate;
      commission.status = CommissionStatus.PLANNED;
      em.persist(commission);
      return commission;
    });
  }

  /** Puts a dwelling on a planned session with its ranked candidates, who become SCHEDULED. */
  async placeDwelling(actor: Actor, input: PlaceDwellingOnCommissionInput): Promise<Commission> {
    requireRole(actor, COMMISSION_DESK);
    checkCandidates(input);
    return this.em.transactional(async (em) => {
      await assertKnownReference(em, 'Dwelling', input.dwellingId, 'dwellingId');
      const commission = await em.findOne(
        Commission,
        { id: input.commissionId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!commission) throw new NotFoundError('Commission', input.commissionId);
      if (commission.status !== CommissionStatus.PLANNED) {
        throw new ConflictError(
          `This session is ${commission.status}: dwellings are placed on a PLANNED one`,
        );
      }
      await lockDwelling(em, input.dwellingId);
      if (await em.count(Candidacy, { commission: commission.id, dwellingId: input.dwellingId })) {
        throw new ConflictError('This dwelling is already on this session', { dwellingId: input.dwellingId });
      }
      const open = await em.findOne(
        Placement,
        { dwellingId: input.dwellingId, open: true },
        { populate: ['commission'] },
      );
      if (open) {
        throw new ConflictError(
          `This dwelling is already on the session of ${open.commission.getEntity().sessionDate}, which has yet to decide for it`,
          { dwellingId: input.dwellingId, commissionId: open.commission.id },
        );
      }
      await assertDwellingFree(em, input.dwellingId);
      const ids = input.candidates.map((c) => c.applicationId);
      // Locked in id order, so concurrent placements cannot deadlock.
      const applications = await em.find(
        Application,
        { id: { $in: ids } },
        { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
      );
      const byId = new Map(applications.map((a) => [a.id, a]));
      for (const id of ids) if (!byId.has(id)) throw new NotFoundError('Application', id);
      for (const application of applications) {
        if (application.status !== ApplicationStatus.READY_FOR_COMMISSION) {
          throw new ConflictError(
            `Application ${application.id} is ${application.status}, not READY_FOR_COMMISSION`,
            {
              applicationId: application.id,
              status: application.status,
            },
          );
        }
      }
      em.persist(
        Object.assign(new Placement(), {
          commission: em.getReference(Commission, commission.id, { wrapped: true }),
          dwellingId: input.dwellingId,
        }),
      );
      for (const candidate of input.candidates) {
        const application = byId.get(candidate.applicationId) as Application;
        const candidacy = stamp(new Candidacy(), actor);
        candidacy.commission = em.getReference(Commission, commission.id, { wrapped: true });
        candidacy.application = em.getReference(Application, application.id, { wrapped: true });
        candidacy.dwellingId = input.dwellingId;
        candidacy.rank = candidate.rank;
        candidacy.insufficientDemand = input.insufficientDemand ?? false;
        em.persist(candidacy);
        recordTransition(
          em,
          application,
          ApplicationStatus.SCHEDULED,
          actor,
          `Inscrite à la commission du ${commission.sessionDate}, rang ${candidate.rank}`,
          this.calendar.now(),
        );
      }
      return stamp(commission, actor);
    });
  }

  /**
   * Records the session's decision for one candidate. An allocation decides the application,
   * withdraws its other candidacies and tells housing (ApplicationAllocated); otherwise the
   * application returns to the queue once nothing else is pending for it.
   */
  async recordDecision(actor: Actor, input: RecordCommissionDecisionInput): Promise<Candidacy> {
    requireRole(actor, COMMISSION_DESK);
    const allowed = REASONS_BY_DECISION[input.decision];
    if (!allowed.includes(input.reason)) {
      throw new BadUserInputError(`${input.reason} is not a reason for ${input.decision}`, {
        field: 'reason',
        allowed,
      });
    }
    return this.em.transactional(async (em) => {
      const commission = await em.findOne(
        Commission,
        { id: input.commissionId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!commission) throw new NotFoundError('Commission', input.commissionId);
      const candidacy = await em.findOne(
        Candidacy,
        { commission: commission.id, dwellingId: input.dwellingId, application: input.applicationId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!candidacy) throw new NotFoundError('Candidacy', `${input.dwellingId}/${input.applicationId}`);
      if (candidacy.decision) {
        throw new ConflictError('A decision is already recorded for this candidate', {
          decision: candidacy.decision,
        });
      }
      if (candidacy.withdrawnAt) throw new ConflictError('This candidacy was withdrawn');
      const application = await em.findOneOrFail(
        Application,
        { id: input.applicationId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      const householdId = application.household.id;
      const allocation = ALLOCATIONS.includes(input.decision);
      // Checks before any change: queries on changed entities would flush them first.
      if (allocation) {
        await lockDwelling(em, input.dwellingId);
        const allocated = await em.count(Candidacy, {
          commission: commission.id,
          dwellingId: input.dwellingId,
          decision: { $in: [...ALLOCATIONS] },
        });
        if (allocated) throw new ConflictError('This dwelling is already allocated at this session');
        await assertDwellingFree(em, input.dwellingId);
      }
      const stillPending = allocation
        ? 0
        : await em.count(Candidacy, {
            application: application.id,
            ...PENDING,
            id: { $ne: candidacy.id },
          });
      const needs = await loadHouseholdNeeds(em, [householdId]);
      const sessions = [commission.id];
      const on = `commission du ${commission.sessionDate}`;
      const at = this.calendar.now();
      if (allocation) {
        recordTransition(
          em,
          application,
          ApplicationStatus.DECIDED,
          actor,
          `Logement attribué par la ${on}`,
          at,
        );
        application.allocatedDwellingId = input.dwellingId;
      } else if (application.status === ApplicationStatus.SCHEDULED && stillPending === 0) {
        const verdict = input.decision === CommissionDecision.REJECTED ? 'Rejetée' : 'Non retenue';
        recordTransition(
          em,
          application,
          ApplicationStatus.READY_FOR_COMMISSION,
          actor,
          `${verdict} par la ${on} (${input.reason})`,
          at,
        );
      }
      candidacy.decision = input.decision;
      candidacy.decisionReason = input.reason;
      stamp(candidacy, actor);
      if (allocation) {
        const withdrawn = await withdrawPendingCandidacies(em, application.id, actor, at, candidacy.id);
        sessions.push(...withdrawn.map((c) => c.commission.id));
        emitEvent(
          em,
          'ApplicationAllocated',
          {
            applicationId: application.id,
            householdId,
            dwellingId: input.dwellingId,
            commissionId: commission.id,
            decision: input.decision as 'ALLOCATED' | 'ALLOCATED_UNDER_CONDITION',
          },
          actor.userId,
        );
      }
      await holdCompletedSessions(em, sessions, actor);
      await emitNeedsChanges(em, needs, actor.userId);
      return candidacy;
    });
  }
}
