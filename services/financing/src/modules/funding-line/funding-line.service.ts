import {
  type Actor,
  assertTransition,
  BadUserInputError,
  type Calendar,
  ConflictError,
  isUuid,
  NotFoundError,
  requireRole,
  stamp,
  type TransitionMap,
} from '@ash/kit';
import { type EntityManager, LockMode } from '@mikro-orm/core';
import { Convention } from '../convention/convention.entity';
import { FINANCING_WRITERS } from '../convention/convention.service';
import { Funder } from '../funder/funder.entity';
import { FundingLine, FundingLineChange, FundingLineTransition } from './funding-line.entity';
import { FundingLineChangeKind, FundingStatus } from './funding-line.enums';
import type {
  AddFundingLineInput,
  CancelFundingLineArgs,
  MoveFundingLineArgs,
  ReviseFundingLineArgs,
} from './funding-line.input';

/**
 * A share is requested, then granted (for an amount), then paid; one committed in principle waits
 * to be reviewed before it is granted. No step is skipped or undone; cancelling is its own mutation
 * (with a reason), from any status but PAID.
 */
export const FUNDING_TRANSITIONS: TransitionMap<FundingStatus> = {
  [FundingStatus.REQUESTED]: [FundingStatus.TO_BE_REVIEWED, FundingStatus.GRANTED],
  [FundingStatus.TO_BE_REVIEWED]: [FundingStatus.GRANTED],
  [FundingStatus.GRANTED]: [FundingStatus.PAID],
  [FundingStatus.PAID]: [],
  [FundingStatus.CANCELLED]: [],
};

/** What a change records of the line, before and after. */
type Snapshot = Pick<FundingLine, 'status' | 'requestedCents' | 'grantedCents' | 'paidCents'>;
const snapshot = (line: FundingLine): Snapshot => ({
  status: line.status,
  requestedCents: line.requestedCents,
  grantedCents: line.grantedCents,
  paidCents: line.paidCents,
});

/** A reason, trimmed; BAD_USER_INPUT when blank. */
function reasonOf(reason: string | null | undefined): string {
  const trimmed = reason?.trim() ?? '';
  if (!trimmed) throw new BadUserInputError('A reason is required', { argument: 'reason' });
  return trimmed;
}

export class FundingLineService {
  constructor(
    private readonly em: EntityManager,
    private readonly calendar: Calendar,
  ) {}

  async add(actor: Actor, input: AddFundingLineInput): Promise<FundingLine> {
    requireRole(actor, FINANCING_WRITERS);
    return this.em.transactional(async (em) => {
      // Locking the convention serialises concurrent additions, so two shares cannot both fit.
      const convention = await em.findOne(
        Convention,
        { id: input.conventionId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!convention) throw new NotFoundError('Convention', input.conventionId);
      const funder = await em.findOne(Funder, { id: input.funderId });
      if (!funder) throw new NotFoundError('Funder', input.funderId);
      if (!convention.covers(input.year)) {
        throw new BadUserInputError(
          `year ${input.year} is outside the convention's years ${convention.startYear}–${convention.endYear}`,
          { argument: 'year', reason: 'YEAR_OUTSIDE_CONVENTION' },
        );
      }
      const sameYear = await em.find(FundingLine, { convention: convention.id, year: input.year });
      if (sameYear.some((line) => line.funder.id === funder.id)) {
        throw new ConflictError(`${funder.name} already funds this convention in ${input.year}`, {
          field: 'funderId',
          reason: 'FUNDER_ALREADY_FUNDS',
        });
      }
      const allocated = sameYear.reduce((sum, line) => sum + line.sharePercent, 0);
      if (allocated + input.sharePercent > 100) {
        throw new BadUserInputError(
          `The shares of ${input.year} would reach ${allocated + input.sharePercent} %: only ${100 - allocated} % remain`,
          {
            argument: 'sharePercent',
            reason: 'SHARES_OVER_100',
            allocatedPercent: allocated,
            availablePercent: 100 - allocated,
          },
        );
      }
      const line = stamp(new FundingLine(), actor);
      line.convention = em.getReference(Convention, convention.id, { wrapped: true });
      line.funder = em.getReference(Funder, funder.id, { wrapped: true });
      line.year = input.year;
      line.sharePercent = input.sharePercent;
      line.plannedCents = input.plannedCents;
      line.requestedCents = input.requestedCents;
      line.status = FundingStatus.REQUESTED;
      line.requestedAt = this.calendar.today();
      em.persist(line);
      return line;
    });
  }

  async move(actor: Actor, args: MoveFundingLineArgs): Promise<FundingLine> {
    requireRole(actor, FINANCING_WRITERS);
    if (!isUuid(args.id)) throw new NotFoundError('FundingLine', args.id);
    return this.em.transactional(async (em) => {
      const line = await em.findOne(FundingLine, { id: args.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!line) throw new NotFoundError('FundingLine', args.id);
      const from = line.status;
      assertTransition('FundingLine', FUNDING_TRANSITIONS, from, args.to);
      const amount = args.amountCents ?? null;
      if (amount === null && args.to !== FundingStatus.TO_BE_REVIEWED) {
        throw new BadUserInputError(`amountCents is required to move a funding line to ${args.to}`, {
          argument: 'amountCents',
          reason: 'AMOUNT_REQUIRED',
        });
      }
      if (amount !== null && (!Number.isInteger(amount) || amount < 0)) {
        throw new BadUserInputError('amountCents cannot be negative', { argument: 'amountCents' });
      }
      const before = snapshot(line);
      const date = this.calendar.today();
      if (args.to === FundingStatus.TO_BE_REVIEWED) {
        // Committed in principle: the amount given, if any, is the one to review.
        if (amount !== null) line.requestedCents = amount;
      } else if (args.to === FundingStatus.GRANTED) {
        line.grantedCents = amount;
        line.grantedAt = date;
      } else {
        if ((amount ?? 0) > (line.grantedCents ?? 0)) {
          throw new BadUserInputError(
            `The paid amount cannot exceed the granted ${line.grantedCents} cents`,
            { argument: 'amountCents', reason: 'PAID_OVER_GRANTED' },
          );
        }
        line.paidCents = amount;
        line.paidAt = date;
      }
      line.status = args.to;
      stamp(line, actor);
      const transition = stamp(new FundingLineTransition(), actor);
      transition.fundingLine = em.getReference(FundingLine, line.id, { wrapped: true });
      transition.from = from;
      transition.to = args.to;
      transition.at = this.calendar.now();
      transition.by = actor.userId;
      transition.note = args.note ?? null;
      em.persist(transition);
      this.record(em, actor, line, FundingLineChangeKind.MOVED, before, args.note?.trim() || null);
      return line;
    });
  }

  /**
   * Changes the requested and/or the granted amount, with a reason. A cancelled or paid line is
   * settled (CONFLICT); only a granted line has a granted amount to revise.
   */
  async revise(actor: Actor, args: ReviseFundingLineArgs): Promise<FundingLine> {
    requireRole(actor, FINANCING_WRITERS);
    const reason = reasonOf(args.reason);
    const requested = args.requestedCents ?? null;
    const granted = args.grantedCents ?? null;
    if (requested === null && granted === null) {
      throw new BadUserInputError('Give the requested or the granted amount to revise', {
        argument: 'requestedCents',
      });
    }
    for (const [argument, value] of [
      ['requestedCents', requested],
      ['grantedCents', granted],
    ] as const) {
      if (value !== null && (!Number.isInteger(value) || value < 0)) {
        throw new BadUserInputError(`${argument} cannot be negative`, { argument });
      }
    }
    if (!isUuid(args.id)) throw new NotFoundError('FundingLine', args.id);
    return this.em.transactional(async (em) => {
      const line = await em.findOne(FundingLine, { id: args.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!line) throw new NotFoundError('FundingLine', args.id);
      if (line.status === FundingStatus.CANCELLED || line.status === FundingStatus.PAID) {
        throw new ConflictError(`A ${line.status} funding line cannot be revised`, { status: line.status });
      }
      if (granted !== null && line.status !== FundingStatus.GRANTED) {
        throw new BadUserInputError(
          `A ${line.status} funding line has no granted amount to revise: grant it first`,
          { argument: 'grantedCents' },
        );
      }
      const before = snapshot(line);
      if (requested !== null) line.requestedCents = requested;
      if (granted !== null) line.grantedCents = granted;
      if (line.requestedCents === before.requestedCents && line.grantedCents === before.grantedCents) {
        throw new BadUserInputError('The revision changes no amount', {
          argument: granted !== null ? 'grantedCents' : 'requestedCents',
        });
      }
      stamp(line, actor);
      this.record(em, actor, line, FundingLineChangeKind.REVISED, before, reason);
      return line;
    });
  }

  /** Cancels a share that will not be funded, with a reason; a paid or cancelled one is settled (CONFLICT). */
  async cancel(actor: Actor, args: CancelFundingLineArgs): Promise<FundingLine> {
    requireRole(actor, FINANCING_WRITERS);
    const reason = reasonOf(args.reason);
    if (!isUuid(args.id)) throw new NotFoundError('FundingLine', args.id);
    return this.em.transactional(async (em) => {
      const line = await em.findOne(FundingLine, { id: args.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!line) throw new NotFoundError('FundingLine', args.id);
      if (line.status === FundingStatus.CANCELLED || line.status === FundingStatus.PAID) {
        throw new ConflictError(`A ${line.status} funding line cannot be cancelled`, { status: line.status });
      }
      const before = snapshot(line);
      line.status = FundingStatus.CANCELLED;
      stamp(line, actor);
      this.record(em, actor, line, FundingLineChangeKind.CANCELLED, before, reason);
      return line;
    });
  }

  /** One row of the line's history: who (the actor), when (the calendar), why, before → after. */
  private record(
    em: EntityManager,
    actor: Actor,
    line: FundingLine,
    kind: FundingLineChangeKind,
    before: Snapshot,
    reason: string | null,
  ): void {
    const change = stamp(new FundingLineChange(), actor);
    change.fundingLine = em.getReference(FundingLine, line.id, { wrapped: true });
    change.kind = kind;
    change.at = this.calendar.now();
    change.by = actor.userId;
    change.reason = reason;
    change.statusBefore = before.status;
    change.statusAfter = line.status;
    change.requestedCentsBefore = before.requestedCents;
    change.requestedCentsAfter = line.requestedCents;
    change.grantedCentsBefore = before.grantedCents;
    change.grantedCentsAfter = line.grantedCents;
    change.paidCentsBefore = before.paidCents;
    change.paidCentsAfter = line.paidCents;
    em.persist(change);
  }
}
