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
import { FundingLine, FundingLineTransition } from './funding-line.entity';
import { FundingStatus } from './funding-line.enums';
import type { AddFundingLineInput, MoveFundingLineArgs } from './funding-line.input';

/** A share is requested, then granted (for an amount), then paid; no step is skipped or undone. */
export const FUNDING_TRANSITIONS: TransitionMap<FundingStatus> = {
  [FundingStatus.REQUESTED]: [FundingStatus.GRANTED],
  [FundingStatus.GRANTED]: [FundingStatus.PAID],
  [FundingStatus.PAID]: [],
};

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
          { argument: 'year' },
        );
      }
      const sameYear = await em.find(FundingLine, { convention: convention.id, year: input.year });
      if (sameYear.some((line) => line.funder.id === funder.id)) {
        throw new ConflictError(`${funder.name} already funds this convention in ${input.year}`);
      }
      const allocated = sameYear.reduce((sum, line) => sum + line.sharePercent, 0);
      if (allocated + input.sharePercent > 100) {
        throw new BadUserInputError(
          `The shares of ${input.year} would reach ${allocated + input.sharePercent} %: only ${100 - allocated} % remain`,
          { argument: 'sharePercent', allocatedPercent: allocated, availablePercent: 100 - allocated },
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
      const amount = args.amountCents;
      if (amount === null || amount === undefined) {
        throw new BadUserInputError(`amountCents is required to move a funding line to ${args.to}`, {
          argument: 'amountCents',
        });
      }
      if (!Number.isInteger(amount) || amount < 0) {
        throw new BadUserInputError('amountCents cannot be negative', { argument: 'amountCents' });
      }
      const date = this.calendar.today();
      if (args.to === FundingStatus.GRANTED) {
        line.grantedCents = amount;
        line.grantedAt = date;
      } else {
        if (amount > (line.grantedCents ?? 0)) {
          throw new BadUserInputError(
            `The paid amount cannot exceed the granted ${line.grantedCents} cents`,
            {
              argument: 'amountCents',
            },
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
      return line;
    });
  }
}
