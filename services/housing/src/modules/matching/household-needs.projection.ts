import type { DemoPlan } from '@ash/demo';
import { type EventEnvelope, insertInChunks, SEEDED_BEFORE_ANY_EVENT } from '@ash/kit';
import type { EntityManager } from '@mikro-orm/core';
import { HouseholdNeedsProjection } from './household-needs.entity';

/** Application statuses of a household still awaiting a dwelling. */
export const AWAITING_STATUSES = [
  'RECEIVED',
  'ORIENTED',
  'SHARED_REVIEW',
  'READY_FOR_COMMISSION',
  'SCHEDULED',
] as const;

/**
 * `HouseholdNeedsChanged`: keeps the projection in step (null needs: the household no longer awaits
 * a dwelling). Runs inside the inbox transaction; an event older than the row changes nothing.
 */
export async function applyHouseholdNeedsChanged(
  em: EntityManager,
  event: EventEnvelope<'HouseholdNeedsChanged'>,
): Promise<void> {
  const table = `"${em.config.get('schema') ?? 'housing'}"."household_needs"`;
  const { householdId, needs } = event.payload;
  const connection = em.getConnection();
  const trx = em.getTransactionContext();
  if (!needs) {
    await connection.execute(
      `delete from ${table} where household_id = ? and updated_at <= ?`,
      [householdId, event.occurredAt],
      'run',
      trx,
    );
    return;
  }
  await connection.execute(
    `insert into ${table} as n (household_id, size, monthly_resources_cents, housing_benefit_cents, dalo, pdalpd,
       step_free_access_need, desired_typologies, desired_communes, max_rent_cents, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, array(select jsonb_array_elements_text(?::jsonb)),
       array(select jsonb_array_elements_text(?::jsonb)), ?, ?)
     on conflict (household_id) do update set
       size = excluded.size, monthly_resources_cents = excluded.monthly_resources_cents,
       housing_benefit_cents = excluded.housing_benefit_cents, dalo = excluded.dalo, pdalpd = excluded.pdalpd,
       step_free_access_need = excluded.step_free_access_need, desired_typologies = excluded.desired_typologies,
       desired_communes = excluded.desired_communes, max_rent_cents = excluded.max_rent_cents,
       updated_at = excluded.updated_at
     where n.updated_at <= excluded.updated_at`,
    [
      householdId,
      needs.size,
      needs.monthlyResourcesCents,
      needs.housingBenefitCents,
      needs.dalo,
      needs.pdalpd,
      needs.stepFreeAccessNeed,
      JSON.stringify(needs.desiredTypologies),
      JSON.stringify(needs.desiredCommunes),
      needs.maxRentCents ?? null,
      event.occurredAt,
    ],
    'run',
    trx,
  );
}

/** The demo households awaiting a dwelling, as the households subgraph would announce them. */
export function demoHouseholdNeeds(plan: DemoPlan): HouseholdNeedsProjection[] {
  const households = new Map(plan.households.map((h) => [h.id, h]));
  const latest = new Map<string, DemoPlan['applications'][number]>();
  for (const application of plan.applications) {
    if (!(AWAITING_STATUSES as readonly string[]).includes(application.status)) continue;
    const known = latest.get(application.householdId);
    if (!known || known.submittedAt < application.submittedAt)
      latest.set(application.householdId, application);
  }
  return [...latest.values()].flatMap((application) => {
    const household = households.get(application.householdId);
    if (!household) return [];
    return [
      Object.assign(new HouseholdNeedsProjection(), {
        householdId: household.id,
        size: household.members.length,
        monthlyResourcesCents: household.monthlyResourcesCents,
        housingBenefitCents: household.housingBenefitCents,
        dalo: household.dalo,
        pdalpd: household.pdalpd,
        stepFreeAccessNeed: household.stepFreeAccessNeed,
        desiredTypologies: [...application.desiredTypologies],
        desiredCommunes: [...application.desiredCommunes],
        maxRentCents: application.maxRentCents,
      }),
    ];
  });
}

/** Seeds the projection from the demo plan (inside the seed's transaction). */
export async function seedHouseholdNeeds(em: EntityManager, plan: DemoPlan): Promise<void> {
  await insertInChunks(
    em,
    HouseholdNeedsProjection,
    demoHouseholdNeeds(plan).map((row) => ({ ...row, updatedAt: SEEDED_BEFORE_ANY_EVENT })),
  );
}
