import { type DemoPlan, stableId } from '@ash/demo';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Dwelling } from './modules/dwelling/dwelling.entity';
import { Lease } from './modules/lease/lease.entity';
import { RentAccount, RentEntry } from './modules/rent-account/rent-account.entity';
import { Residence } from './modules/residence/residence.entity';

const SEED_ACTOR = 'seed';
const CHUNK = 2000;

async function insertChunked<T extends object>(
  em: EntityManager,
  entity: new () => T,
  rows: Record<string, unknown>[],
) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await em.insertMany(entity, rows.slice(i, i + CHUNK) as never);
  }
}

const audit = { createdBy: SEED_ACTOR, updatedBy: SEED_ACTOR };

/** Writes the housing part of the demo plan (stock, leases, rent accounts) in one transaction. */
export async function seedHousing(orm: MikroORM, plan: DemoPlan): Promise<void> {
  await orm.em.fork().transactional(async (em) => {
    await insertChunked(
      em,
      Residence,
      plan.residences.map((r) => ({ ...r, ...audit })),
    );
    await insertChunked(
      em,
      Dwelling,
      plan.dwellings.map(({ residenceId, ...d }) => ({ ...d, residence: residenceId, ...audit })),
    );
    await insertChunked(
      em,
      Lease,
      plan.leases.map(({ rent: _rent, rentAccountId: _account, dwellingId, ...lease }) => ({
        ...lease,
        dwelling: dwellingId,
        ...audit,
      })),
    );
    await insertChunked(
      em,
      RentAccount,
      plan.leases.map((lease) => {
        const monthly = lease.rent.at(-1)?.chargedCents ?? 0;
        const arrears = lease.rent.reduce((sum, m) => sum + m.chargedCents - m.paidCents, 0);
        return {
          id: lease.rentAccountId,
          lease: lease.id,
          arrearsCents: arrears,
          monthsInArrears: monthly > 0 ? Math.floor(arrears / monthly) : 0,
          ...audit,
        };
      }),
    );
    const entries = plan.leases.flatMap((lease) =>
      lease.rent.map((m) => ({
        id: stableId('rent-entry', `${lease.rentAccountId}:${m.month}`),
        account: lease.rentAccountId,
        ...m,
        ...audit,
      })),
    );
    await insertChunked(em, RentEntry, entries);
  });
}
