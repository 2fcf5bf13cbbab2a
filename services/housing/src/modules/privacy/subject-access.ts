import { camelCaseKeys, type EventEnvelope, isUuid, retireReference } from '@ash/kit';
import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { GraphQLJSON } from 'graphql-scalars';
import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { HousingContext } from '../../context';
import { SCHEMA } from '../../orm';

/** The households subgraph owns the export; housing adds what it holds about the household. */
@ObjectType()
@Directive('@key(fields: "householdId")')
export class SubjectAccessExport {
  @Field(() => ID)
  householdId: string;

  /** The household id again: the audit trail records reads of the export against the household. */
  id: string;
}

/**
 * Housing's part of the exports asked in a request, one SQL statement: leases (with the dwelling's
 * reference, the move-in inspection, the rent account and its entries), a dwelling offered to the
 * household, and housing's projection of its matching needs, if any. Rows as stored.
 */
const SQL = `
select w.household_id, jsonb_build_object(
  'leases', coalesce((
    select jsonb_agg(to_jsonb(l) || jsonb_build_object(
      'dwelling_reference', d.reference,
      'rent_account', (
        select to_jsonb(ra) || jsonb_build_object('entries', coalesce((
          select jsonb_agg(to_jsonb(e) order by e.month) from "${SCHEMA}"."rent_entry" e where e.account_id = ra.id
        ), '[]'::jsonb))
        from "${SCHEMA}"."rent_account" ra where ra.lease_id = l.id)
    ) order by l.start_date, l.id)
    from "${SCHEMA}"."lease" l join "${SCHEMA}"."dwelling" d on d.id = l.dwelling_id
    where l.household_id = w.household_id), '[]'::jsonb),
  'offered_dwellings', coalesce((
    select jsonb_agg(jsonb_build_object('dwelling_id', d.id, 'reference', d.reference, 'status', d.status))
    from "${SCHEMA}"."dwelling" d
    where d.status = 'OFFERED' and d.offered_to_household_id = w.household_id), '[]'::jsonb),
  'matching_projection', (
    select to_jsonb(n) from "${SCHEMA}"."household_needs" n where n.household_id = w.household_id)
) as data
from unnest(?::uuid[]) as w(household_id)`;

/** Per request: housing's part of the export of each household id. */
export function subjectAccessLoader(em: EntityManager) {
  return new DataLoader<string, unknown>(async (ids) => {
    const wanted = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
    const rows: { household_id: string; data: unknown }[] = wanted.length
      ? await em.getConnection().execute(SQL, [`{${wanted.join(',')}}`])
      : [];
    const byId = new Map(rows.map((row) => [row.household_id, camelCaseKeys(row.data)]));
    const empty = { leases: [], offeredDwellings: [], matchingProjection: null };
    return ids.map((id) => byId.get(id.toLowerCase()) ?? empty);
  });
}

@Resolver(() => SubjectAccessExport)
export class SubjectAccessResolver {
  @FieldResolver(() => GraphQLJSON, {
    description: "Leases with move-in inspection, rent accounts and entries, housing's matching projection",
  })
  housing(@Root() subject: SubjectAccessExport, @Ctx() ctx: HousingContext) {
    return ctx.loaders.subjectAccess.load(subject.householdId);
  }
}

export const subjectAccessExportReference = {
  __resolveReference: (ref: Pick<SubjectAccessExport, 'householdId'>): SubjectAccessExport =>
    Object.assign(new SubjectAccessExport(), { householdId: ref.householdId, id: ref.householdId }),
};

/**
 * `HouseholdErased`: leases, rent accounts and an offer keep only links to the household id (no
 * name, birth date or number in them) and stay for the stock and arrears indicators; housing's
 * projection of the household's needs goes.
 */
export async function onHouseholdErased(
  em: EntityManager,
  event: EventEnvelope<'HouseholdErased'>,
): Promise<void> {
  // Nothing new may be recorded for it here (no lease may be signed for it).
  await retireReference(em, 'Household', event.payload.householdId, new Date(event.payload.erasedAt));
  await em
    .getConnection()
    .execute(
      `delete from "${SCHEMA}"."household_needs" where household_id = ?`,
      [event.payload.householdId],
      'run',
      em.getTransactionContext(),
    );
}
