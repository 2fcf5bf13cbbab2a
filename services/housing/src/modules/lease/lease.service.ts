import {
  type Actor,
  addYears,
  assertKnownReference,
  BadUserInputError,
  type Calendar,
  ConflictError,
  checkDateWithin,
  emitEvent,
  NotFoundError,
  Role,
  requireRole,
  stamp,
} from '@ash/kit';
import { type EntityManager, LockMode } from '@mikro-orm/core';
import { Dwelling } from '../dwelling/dwelling.entity';
import { DwellingStatus } from '../dwelling/dwelling.enums';
import { DWELLING_TRANSITIONS } from '../dwelling/dwelling.service';
import { RentAccount } from '../rent-account/rent-account.entity';
import { Lease, LeaseKind } from './lease.entity';
import type { RecordMoveInInspectionInput, SignLeaseInput } from './lease.input';
import { emitTenancyChanged } from './tenancy';

/** Rental management signs leases; social management attends move-in inspections. */
export const LEASE_WRITERS = [Role.RentalManager, Role.SocialManager, Role.Admin] as const;

export class LeaseService {
  constructor(
    private readonly em: EntityManager,
    private readonly calendar: Calendar,
  ) {}

  /**
   * Signs the lease of a dwelling the commission allocated to the household: the dwelling becomes
   * OCCUPIED, a rent account opens, and `LeaseSigned` tells the households subgraph, with
   * `TenancyChanged` (the household now has a running lease).
   */
  async sign(actor: Actor, input: SignLeaseInput): Promise<Lease> {
    requireRole(actor, LEASE_WRITERS);
    const sliding = input.kind === LeaseKind.SLIDING;
    if (sliding && (!input.intermediaryAssociation || !input.plannedHandoverDate)) {
      throw new BadUserInputError(
        'A sliding lease needs the intermediary association and a planned handover date',
        {
          field: input.intermediaryAssociation ? 'plannedHandoverDate' : 'intermediaryAssociation',
          reason: 'SLIDING_LEASE_DETAILS',
        },
      );
    }
    if (!sliding && (input.intermediaryAssociation || input.plannedHandoverDate)) {
      throw new BadUserInputError(
        'Only a sliding lease has an intermediary association and a handover date',
        {
          field: input.intermediaryAssociation ? 'intermediaryAssociation' : 'plannedHandoverDate',
          reason: 'ORDINARY_LEASE_DETAILS',
        },
      );
    }
    if (sliding && (input.plannedHandoverDate as string) <= input.startDate) {
      throw new BadUserInputError('The handover comes after the start of the lease', {
        field: 'plannedHandoverDate',
        reason: 'HANDOVER_BEFORE_START',
      });
    }
    checkDateWithin(this.calendar, 'startDate', input.startDate, { yearsBefore: 5, yearsAfter: 1 });
    if (sliding && (input.plannedHandoverDate as string) > addYears(input.startDate, 5)) {
      throw new BadUserInputError('The handover comes within five years of the start of the lease', {
        field: 'plannedHandoverDate',
        reason: 'HANDOVER_TOO_LATE',
      });
    }
    return this.em.transactional(async (em) => {
      await assertKnownReference(em, 'Household', input.householdId, 'householdId');
      const dwelling = await em.findOne(
        Dwelling,
        { id: input.dwellingId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!dwelling) throw new NotFoundError('Dwelling', input.dwellingId);
      if (dwelling.status !== DwellingStatus.OFFERED) {
        throw new ConflictError(
          `Dwelling ${dwelling.reference} is ${dwelling.status}: only an allocated (OFFERED) dwelling can be let`,
          { status: dwelling.status, reason: 'DWELLING_NOT_OFFERED' },
        );
      }
      if (dwelling.offeredToHouseholdId && dwelling.offeredToHouseholdId !== input.householdId) {
        throw new ConflictError(`Dwelling ${dwelling.reference} was allocated to another household`, {
          reason: 'ALLOCATED_TO_ANOTHER_HOUSEHOLD',
        });
      }
      if (await em.count(Lease, { householdId: input.householdId, endDate: null })) {
        throw new ConflictError('This household already has a running lease', { reason: 'RUNNING_LEASE' });
      }
      const lease = stamp(
        Object.assign(new Lease(), {
          dwelling: em.getReference(Dwelling, dwelling.id, { wrapped: true }),
          householdId: input.householdId,
          startDate: input.startDate,
          kind: input.kind,
          intermediaryAssociation: input.intermediaryAssociation ?? null,
          plannedHandoverDate: input.plannedHandoverDate ?? null,
        }),
        actor,
      );
      const account = stamp(Object.assign(new RentAccount(), { lease }), actor);
      if (!DWELLING_TRANSITIONS[dwelling.status].includes(DwellingStatus.OCCUPIED)) {
        throw new ConflictError(`Dwelling ${dwelling.reference} cannot become OCCUPIED`);
      }
      dwelling.status = DwellingStatus.OCCUPIED;
      dwelling.offeredToHouseholdId = null;
      dwelling.availableFrom = null;
      stamp(dwelling, actor);
      em.persist([lease, account]);
      emitEvent(
        em,
        'LeaseSigned',
        {
          leaseId: lease.id,
          householdId: lease.householdId,
          dwellingId: dwelling.id,
          kind: lease.kind,
          startDate: lease.startDate,
        },
        actor.userId,
      );
      await emitTenancyChanged(em, lease.householdId, actor.userId);
      return lease;
    });
  }

  /**
   * Records the move-in inspection and who attended it; `MoveInRecorded` moves the application to
   * MOVED_IN and the household's accompaniment into its integration weeks.
   */
  async recordMoveInInspection(actor: Actor, input: RecordMoveInInspectionInput): Promise<Lease> {
    requireRole(actor, LEASE_WRITERS);
    if (this.calendar.isAfterToday(input.date))
      throw new BadUserInputError('The inspection date cannot be in the future', {
        field: 'date',
        reason: 'DATE_IN_FUTURE',
      });
    return this.em.transactional(async (em) => {
      const lease = await em.findOne(Lease, { id: input.leaseId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!lease) throw new NotFoundError('Lease', input.leaseId);
      if (lease.endDate) throw new ConflictError('This lease has ended', { reason: 'LEASE_ENDED' });
      if (lease.moveInInspectionDate)
        throw new ConflictError('The move-in inspection of this lease is already recorded', {
          reason: 'INSPECTION_RECORDED',
        });
      if (input.date < lease.startDate)
        throw new BadUserInputError('The inspection cannot come before the start of the lease', {
          field: 'date',
          reason: 'INSPECTION_BEFORE_START',
        });
      lease.moveInInspectionDate = input.date;
      lease.inspectionSocialManagerPresent = input.socialManagerPresent;
      lease.inspectionSupportWorkerPresent = input.supportWorkerPresent;
      stamp(lease, actor);
      emitEvent(
        em,
        'MoveInRecorded',
        {
          leaseId: lease.id,
          householdId: lease.householdId,
          dwellingId: lease.dwelling.id,
          date: input.date,
          socialManagerPresent: input.socialManagerPresent,
          supportWorkerPresent: input.supportWorkerPresent,
        },
        actor.userId,
      );
      return lease;
    });
  }
}
