import { emitEvent, isUuid } from '@ash/kit';
import type { HouseholdNeeds as MatchingNeeds } from '@ash/matching';
import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { AWAITING_DWELLING_STATUSES, Typology } from '../application/application.enums';

/** Housing declares the same type (it requires it for `Household.matchingDwellings`). */
@ObjectType({ description: 'What matching needs of a household awaiting a dwelling' })
@Directive('@shareable')
export class HouseholdNeeds implements MatchingNeeds {
  @Field(() => Int, { description: 'Number of members' })
  size: number;

  @Field(() => Int, { description: 'Monthly resources, in cents' })
  monthlyResourcesCents: number;

  @Field(() => Int, { description: 'Monthly housing benefit (APL), in cents' })
  housingBenefitCents: number;

  @Field(() => Boolean)
  dalo: boolean;

  @Field(() => Boolean)
  pdalpd: boolean;

  @Field(() => Boolean)
  stepFreeAccessNeed: boolean;

  @Field(() => [Typology], { description: 'From the application; empty means any that fits the size' })
  desiredTypologies: Typology[];

  @Field(() => [String], { description: 'From the application' })
  desiredCommunes: string[];

  @Field(() => Int, { nullable: true, description: 'Highest rent plus charges asked for, in cents' })
  maxRentCents: number | null;
}

// A household has at most one open application, so the join yields at most one row per household.
const NEEDS_SQL = `select h.id, h.monthly_resources_cents, h.housing_benefit_cents, h.dalo, h.pdalpd,
    h.step_free_access_need, a.desired_typologies, a.desired_communes, a.max_rent_cents,
    (select count(*) from households.person p where p.household_id = h.id)::int as size
  from households.household h
  join households.application a on a.household_id = h.id and a.status in (?)
  where h.id in (?)`;

interface NeedsRow {
  id: string;
  monthly_resources_cents: number;
  housing_benefit_cents: number;
  dalo: boolean;
  pdalpd: boolean;
  step_free_access_need: boolean;
  desired_typologies: Typology[];
  desired_communes: string[];
  max_rent_cents: number | null;
  size: number;
}

/**
 * The needs of many households in one statement (inside the caller's transaction, if any): null
 * for a household without an application awaiting a dwelling. The one computation behind
 * `Household.needs` and the `HouseholdNeedsChanged` events.
 */
export async function loadHouseholdNeeds(
  em: EntityManager,
  householdIds: readonly string[],
): Promise<Map<string, HouseholdNeeds | null>> {
  const ids = [...new Set(householdIds)].filter(isUuid);
  const needs = new Map<string, HouseholdNeeds | null>(householdIds.map((id) => [id, null]));
  if (ids.length === 0) return needs;
  const rows = (await em
    .getConnection()
    .execute(
      NEEDS_SQL,
      [[...AWAITING_DWELLING_STATUSES], ids],
      'all',
      em.getTransactionContext(),
    )) as NeedsRow[];
  for (const row of rows) {
    needs.set(row.id, {
      size: row.size,
      monthlyResourcesCents: row.monthly_resources_cents,
      housingBenefitCents: row.housing_benefit_cents,
      dalo: row.dalo,
      pdalpd: row.pdalpd,
      stepFreeAccessNeed: row.step_free_access_need,
      desiredTypologies: row.desired_typologies,
      desiredCommunes: row.desired_communes,
      maxRentCents: row.max_rent_cents,
    });
  }
  return needs;
}

/** `Household.needs`, batched: one statement per request level. */
export function householdNeedsLoader(em: EntityManager) {
  return new DataLoader<string, HouseholdNeeds | null>(async (ids) => {
    const needs = await loadHouseholdNeeds(em, ids);
    return ids.map((id) => needs.get(id) ?? null);
  });
}

/**
 * Emits `HouseholdNeedsChanged`, in the caller's transaction, for every household whose needs
 * differ from `before` (read with `loadHouseholdNeeds` before the change). Flushes first so the
 * needs are read back exactly as the field computes them.
 */
export async function emitNeedsChanges(
  em: EntityManager,
  before: ReadonlyMap<string, HouseholdNeeds | null>,
  actorUserId: string,
): Promise<void> {
  await em.flush();
  const after = await loadHouseholdNeeds(em, [...before.keys()]);
  for (const [householdId, needs] of after) {
    if (JSON.stringify(needs) !== JSON.stringify(before.get(householdId) ?? null)) {
      emitEvent(em, 'HouseholdNeedsChanged', { householdId, needs }, actorUserId);
    }
  }
}
