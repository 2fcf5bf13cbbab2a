import { type DemoPlan, stableId } from '@ash/demo';
import { arrearsOf, insertInChunks, SEED_AUDIT, seedReferences } from '@ash/kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { seedCaseload } from './modules/caseload/caseload.projection';
import { Dwelling } from './modules/dwelling/dwelling.entity';
import { Lease } from './modules/lease/lease.entity';
import { seedHouseholdNeeds } from './modules/matching/household-needs.projection';
import { RentAccount, RentEntry } from './modules/rent-account/rent-account.entity';
import { Residence } from './modules/residence/residence.entity';

/** Writes the housing part of the demo plan (stock, leases, rent accounts) in one transaction. */
export async function seedHousing(orm: MikroORM, plan: DemoPlan): Promise<void> {
  await orm.em.fork().transactional(async (em) => {
    // The households housing may name (normally learnt from HouseholdRegistered).
    await seedReferences(
      em,
      'Household',
      plan.households.map((h) => h.id),
    );
    await insertInChunks(
      em,
      Residence,
      plan.residences.map((r) => ({ ...r, ...SEED_AUDIT })),
    );
    await insertInChunks(
      em,
      Dwelling,
      plan.dwellings.map(({ residenceId, ...d }) => ({ ...d, residence: residenceId, ...SEED_AUDIT })),
    );
    await insertInChunks(
      em,
      Lease,
      plan.leases.map(({ rent: _rent, rentAccountId: _account, dwellingId, ...lease }) => ({
        ...lease,
        dwelling: dwellingId,
        ...SEED_AUDIT,
      })),
    );
    await insertInChunks(
      em,
      RentAccount,
      plan.leases.map((lease) => ({
        id: lease.rentAccountId,
        lease: lease.id,
        ...arrearsOf(lease.rent),
        ...SEED_AUDIT,
      })),
    );
    const entries = plan.leases.flatMap((lease) =>
      lease.rent.map((m) => ({
        id: stableId('rent-entry', `${lease.rentAccountId}:${m.month}`),
        account: lease.rentAccountId,
        ...m,
        ...SEED_AUDIT,
      })),
    );
    await insertInChunks(em, RentEntry, entries);
    // Matching's projection of the households awaiting a dwelling (normally kept by events).
    await seedHouseholdNeeds(em, plan);
    // Who may reach a household's lease as a support worker (normally kept by events).
    await seedCaseload(em, plan);
  });
}
