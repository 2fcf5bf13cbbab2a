import {
  type Actor,
  assertTransition,
  assertUnchangedSince,
  BadUserInputError,
  type Connection,
  emitEvent,
  NotFoundError,
  type PageArgs,
  paginate,
  requireRole,
  stamp,
  type TransitionMap,
} from '@ash/kit';
import { type EntityManager, type FilterQuery, LockMode, raw } from '@mikro-orm/core';
import { Residence } from '../residence/residence.entity';
import { STOCK_WRITERS } from '../residence/residence.service';
import { Dwelling } from './dwelling.entity';
import { DwellingStatus } from './dwelling.enums';
import type { CreateDwellingInput, DwellingFilter, UpdateDwellingInput } from './dwelling.input';

/** How a dwelling's status may move (rental management's life cycle of a unit). */
export const DWELLING_TRANSITIONS: TransitionMap<DwellingStatus> = {
  [DwellingStatus.VACANT]: [DwellingStatus.OFFERED, DwellingStatus.UNDER_WORKS],
  [DwellingStatus.OFFERED]: [DwellingStatus.VACANT, DwellingStatus.OCCUPIED],
  [DwellingStatus.OCCUPIED]: [DwellingStatus.NOTICE_GIVEN],
  [DwellingStatus.NOTICE_GIVEN]: [DwellingStatus.OCCUPIED, DwellingStatus.VACANT, DwellingStatus.OFFERED],
  [DwellingStatus.UNDER_WORKS]: [DwellingStatus.VACANT],
};

export class DwellingService {
  constructor(private readonly em: EntityManager) {}

  list(filter: DwellingFilter | undefined, page: PageArgs): Promise<Connection<Dwelling>> {
    const where: FilterQuery<Dwelling> & Record<string, unknown> = {};
    if (filter?.statuses?.length) where.status = { $in: filter.statuses };
    if (filter?.typologies?.length) where.typology = { $in: filter.typologies };
    if (filter?.contingents?.length) where.contingent = { $in: filter.contingents };
    if (filter?.residenceId || filter?.communes?.length) {
      where.residence = {
        ...(filter.residenceId ? { id: filter.residenceId } : {}),
        ...(filter.communes?.length ? { commune: { $in: filter.communes } } : {}),
      };
    }
    if (typeof filter?.stepFreeAccess === 'boolean') where.stepFreeAccess = filter.stepFreeAccess;
    if (typeof filter?.lowRent === 'boolean') where.lowRent = filter.lowRent;
    if (typeof filter?.maxTotalRentCents === 'number') {
      where.$and = [{ [raw('rent_cents + service_charges_cents')]: { $lte: filter.maxTotalRentCents } }];
    }
    return paginate(this.em, Dwelling, where, page, { reference: 'asc' });
  }

  async create(actor: Actor, input: CreateDwellingInput): Promise<Dwelling> {
    requireRole(actor, STOCK_WRITERS);
    return this.em.transactional(async (em) => {
      const residence = await em.findOne(Residence, { id: input.residenceId });
      if (!residence) throw new NotFoundError('Residence', input.residenceId);
      const { residenceId: _r, ...fields } = input;
      const dwelling = stamp(Object.assign(new Dwelling(), fields), actor);
      dwelling.residence = em.getReference(Residence, residence.id, { wrapped: true });
      dwelling.status = input.status ?? DwellingStatus.VACANT;
      if (dwelling.status === DwellingStatus.OFFERED) {
        throw new BadUserInputError(
          'A new dwelling cannot start OFFERED: it is offered through a commission',
          { field: 'status', reason: 'NEW_DWELLING_OFFERED' },
        );
      }
      em.persist(dwelling);
      // Commissions (households) may now consider it.
      emitEvent(em, 'DwellingCreated', { dwellingId: dwelling.id }, actor.userId);
      return dwelling;
    });
  }

  async update(actor: Actor, id: string, input: UpdateDwellingInput): Promise<Dwelling> {
    requireRole(actor, STOCK_WRITERS);
    return this.em.transactional(async (em) => {
      const dwelling = await em.findOne(Dwelling, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!dwelling) throw new NotFoundError('Dwelling', id);
      assertUnchangedSince(dwelling, input.version, 'This dwelling');
      const { status, version: _read, ...fields } = input;
      if (status && status !== dwelling.status) {
        assertTransition('Dwelling', DWELLING_TRANSITIONS, dwelling.status, status);
        dwelling.status = status;
        if (status !== DwellingStatus.OFFERED) dwelling.offeredToHouseholdId = null;
      }
      for (const [key, value] of Object.entries(fields)) {
        if (value !== undefined && value !== null)
          (dwelling as unknown as Record<string, unknown>)[key] = value;
      }
      return stamp(dwelling, actor);
    });
  }
}
