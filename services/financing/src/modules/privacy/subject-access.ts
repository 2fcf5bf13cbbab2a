import { camelCaseKeys, isUuid } from '@ash/kit';
import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { GraphQLJSON } from 'graphql-scalars';
import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { FinancingContext } from '../../context';
import { SCHEMA } from '../../orm';

/** Said in every export: financing holds no person's data, only what funded the support. */
export const FINANCING_NOTE =
  'The financing domain holds no personal data: these are the conventions (and their funders) that funded the support of the household.';

/** The households subgraph owns the export; financing adds the conventions that funded the support. */
@ObjectType()
@Directive('@key(fields: "householdId")')
export class SubjectAccessExport {
  @Field(() => ID)
  householdId: string;

  /** The household id again: the audit trail records reads of the export against the household. */
  id: string;

  /** Resolved by accompaniment, sent by the gateway for `financing`. */
  @Field(() => [ID])
  @Directive('@external')
  accompanimentConventionIds: string[];
}

/** The conventions asked, with their funding lines and funders, in one SQL statement. */
const SQL = `
select c.id, to_jsonb(c) || jsonb_build_object('funding_lines', coalesce((
  select jsonb_agg(to_jsonb(fl) || jsonb_build_object('funder', to_jsonb(f)) order by fl.year, fl.share_percent desc, fl.id)
  from "${SCHEMA}"."funding_line" fl join "${SCHEMA}"."funder" f on f.id = fl.funder_id
  where fl.convention_id = c.id), '[]'::jsonb)) as data
from "${SCHEMA}"."convention" c
where c.id = any(?::uuid[])
order by c.start_year, c.id`;

/** Per request: each convention (by id) as exported, null when unknown. */
export function exportedConventionLoader(em: EntityManager) {
  return new DataLoader<string, unknown>(async (ids) => {
    const wanted = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
    const rows: { id: string; data: unknown }[] = wanted.length
      ? await em.getConnection().execute(SQL, [`{${wanted.join(',')}}`])
      : [];
    const byId = new Map(rows.map((row) => [row.id, camelCaseKeys(row.data)]));
    return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
  });
}

@Resolver(() => SubjectAccessExport)
export class SubjectAccessResolver {
  @FieldResolver(() => GraphQLJSON, {
    description: 'The conventions and funders that funded the support (financing holds no personal data)',
  })
  @Directive('@requires(fields: "accompanimentConventionIds")')
  async financing(@Root() subject: SubjectAccessExport, @Ctx() ctx: FinancingContext) {
    const conventions = await ctx.loaders.exportedConvention.loadMany(
      subject.accompanimentConventionIds ?? [],
    );
    return {
      note: FINANCING_NOTE,
      conventions: conventions.filter((c) => c !== null && !(c instanceof Error)),
    };
  }
}

/** Keeps the required convention ids of a representation, so `financing` can read them. */
export const subjectAccessExportReference = {
  __resolveReference: (
    ref: Pick<SubjectAccessExport, 'householdId' | 'accompanimentConventionIds'>,
  ): SubjectAccessExport =>
    Object.assign(new SubjectAccessExport(), {
      householdId: ref.householdId,
      id: ref.householdId,
      accompanimentConventionIds: ref.accompanimentConventionIds ?? [],
    }),
};
