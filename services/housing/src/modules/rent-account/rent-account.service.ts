import {
  type Actor,
  ARREARS_ALERT_MONTHS,
  arrearsOf,
  BadUserInputError,
  type Calendar,
  ConflictError,
  emitEvent,
  firstDayOfMonth,
  NotFoundError,
  Role,
  requireRole,
  stamp,
} from '@ash/kit';
import { type EntityManager, LockMode } from '@mikro-orm/core';
import { Lease } from '../lease/lease.entity';
import { RentAccount, RentEntry } from './rent-account.entity';
import type { RecordRentPaymentInput } from './rent-account.input';

/** Rental management keeps rent accounts. */
export const RENT_WRITERS = [Role.RentalManager, Role.Admin] as const;

export class RentAccountService {
  constructor(
    private readonly em: EntityManager,
    private readonly calendar: Calendar,
  ) {}

  /**
   * Records (or corrects) a month of the lease's rent account and recomputes its arrears; when
   * they reach two months, `ArrearsReached` tells accompaniment, in the same transaction.
   */
  async recordPayment(actor: Actor, input: RecordRentPaymentInput): Promise<RentAccount> {
    requireRole(actor, RENT_WRITERS);
    if (input.month > firstDayOfMonth(this.calendar.today())) {
      throw new BadUserInputError('The month cannot be after the current month', {
        argument: 'month',
        reason: 'MONTH_IN_FUTURE',
      });
    }
    return this.em.transactional(async (em) => {
      const lease = await em.findOne(Lease, { id: input.leaseId });
      if (!lease) throw new NotFoundError('Lease', input.leaseId);
      const account = await em.findOne(
        RentAccount,
        { lease: lease.id },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!account) throw new ConflictError('This lease has no rent account');
      if (input.month < `${lease.startDate.slice(0, 7)}-01`) {
        throw new BadUserInputError('The month is before the start of the lease', {
          argument: 'month',
          reason: 'MONTH_BEFORE_LEASE',
          startDate: lease.startDate,
        });
      }
      let entry = await em.findOne(RentEntry, { account: account.id, month: input.month });
      if (!entry) {
        entry = Object.assign(new RentEntry(), {
          account: em.getReference(RentAccount, account.id, { wrapped: true }),
          month: input.month,
        });
        em.persist(entry);
      }
      entry.chargedCents = input.chargedCents;
      entry.paidCents = input.paidCents;
      stamp(entry, actor);
      await em.flush();
      const entries = await em.find(RentEntry, { account: account.id });
      const before = account.monthsInArrears;
      const { arrearsCents, monthsInArrears } = arrearsOf(entries);
      account.arrearsCents = arrearsCents;
      account.monthsInArrears = monthsInArrears;
      stamp(account, actor);
      if (before < ARREARS_ALERT_MONTHS && monthsInArrears >= ARREARS_ALERT_MONTHS) {
        emitEvent(
          em,
          'ArrearsReached',
          { householdId: lease.householdId, leaseId: lease.id, monthsInArrears, arrearsCents },
          actor.userId,
        );
      }
      return account;
    });
  }
}
