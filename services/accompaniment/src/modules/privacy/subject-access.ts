import { camelCaseKeys, isUuid } from '@ash/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { GraphQLJSON } from 'graphql-scalars';
import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { AccompanimentContext } from '../../context';
import { SCHEMA } from '../../orm';

/** The households subgraph owns the export; accompaniment adds the support work about the household. */
@ObjectType()
@Directive('@key(fields: "householdId")')
export class SubjectAccessExport {
  @Field(() => ID)
  householdId: string;

  /** The household id again: the audit trail records reads of the export against the household. */
  id: string;
}

/** Accompaniment's part of one household's export. */
export interface AccompanimentPart {
  data: unknown;
  conventionIds: string[];
}

/** The rows of `table` (as `alias`) that pass `where`, as a JSON array (each row merged with `extra`). */
const rows = (table: string, alias: string, where: string, order: string, extra = "'{}'::jsonb") =>
  `coalesce((select jsonb_agg(to_jsonb(${alias}) || ${extra} order by ${order})
     from "${SCHEMA}"."${table}" ${alias} where ${where}), '[]'::jsonb)`;

const goals = rows('goal', 'g', 'g.diagnostic_id = d.id', 'g.position');

/**
 * Accompaniment's part of the exports asked in a request, one SQL statement: accompaniments with
 * their phase changes, contacts, diagnostics and goals, reviews and the follow-up committees'
 * decisions about them; alerts with their transitions; the conventions that funded the support.
 */
const SQL = `
select w.household_id,
  jsonb_build_object(
    'accompaniments', coalesce((
      select jsonb_agg(to_jsonb(a) || jsonb_build_object(
        'phase_changes', ${rows('phase_change', 'pc', 'pc.accompaniment_id = a.id', 'pc.at, pc.id')},
        'contacts', ${rows('contact', 'c', 'c.accompaniment_id = a.id', 'c.date, c.id')},
        'diagnostics', ${rows('diagnostic', 'd', 'd.accompaniment_id = a.id', 'd.date, d.id', `jsonb_build_object('goals', ${goals})`)},
        'reviews', ${rows('review', 'r', 'r.accompaniment_id = a.id', 'r.date, r.id')},
        'committee_decisions', coalesce((
          select jsonb_agg(to_jsonb(cd) || jsonb_build_object('committee_date', fc.date) order by fc.date, cd.id)
          from "${SCHEMA}"."committee_decision" cd join "${SCHEMA}"."follow_up_committee" fc on fc.id = cd.committee_id
          where cd.accompaniment_id = a.id), '[]'::jsonb)
      ) order by a.start_date, a.id)
      from "${SCHEMA}"."accompaniment" a where a.household_id = w.household_id), '[]'::jsonb),
    'alerts', coalesce((
      select jsonb_agg(to_jsonb(al) || jsonb_build_object(
        'transitions', ${rows('alert_transition', 't', 't.alert_id = al.id', 't.at, t.id')}
      ) order by al.raised_at, al.id)
      from "${SCHEMA}"."alert" al where al.household_id = w.household_id), '[]'::jsonb)
  ) as data,
  array(select distinct a.convention_id::text from "${SCHEMA}"."accompaniment" a
        where a.household_id = w.household_id order by 1) as convention_ids
from unnest(?::uuid[]) as w(household_id)`;

/** Per request: accompaniment's part of the export of each household id. */
export function subjectAccessLoader(em: EntityManager) {
  return new DataLoader<string, AccompanimentPart>(async (ids) => {
    const wanted = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
    const found: { household_id: string; data: unknown; convention_ids: string[] }[] = wanted.length
      ? await em.getConnection().execute(SQL, [`{${wanted.join(',')}}`])
      : [];
    const byId = new Map(
      found.map((row) => [
        row.household_id,
        { data: camelCaseKeys(row.data), conventionIds: row.convention_ids },
      ]),
    );
    return ids.map(
      (id) => byId.get(id.toLowerCase()) ?? { data: { accompaniments: [], alerts: [] }, conventionIds: [] },
    );
  });
}

@Resolver(() => SubjectAccessExport)
export class SubjectAccessResolver {
  @FieldResolver(() => GraphQLJSON, {
    description:
      'Accompaniments with phase changes, contacts, diagnostics and goals, reviews, committee decisions; alerts with transitions',
  })
  async accompaniment(@Root() subject: SubjectAccessExport, @Ctx() ctx: AccompanimentContext) {
    return (await ctx.loaders.subjectAccess.load(subject.householdId)).data;
  }

  @FieldResolver(() => [ID], { description: "The conventions that funded the household's accompaniments" })
  async accompanimentConventionIds(@Root() subject: SubjectAccessExport, @Ctx() ctx: AccompanimentContext) {
    return (await ctx.loaders.subjectAccess.load(subject.householdId)).conventionIds;
  }
}

export const subjectAccessExportReference = {
  __resolveReference: (ref: Pick<SubjectAccessExport, 'householdId'>): SubjectAccessExport =>
    Object.assign(new SubjectAccessExport(), { householdId: ref.householdId, id: ref.householdId }),
};
