import { camelCaseKeys, isUuid } from '@ash/kit';
import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { SCHEMA } from '../../orm';

/**
 * The households part of subject access exports, one SQL statement for every household asked in a
 * request: each row as stored (dates ISO, enum values as stored), members, applications with their
 * transitions and candidacies (with their commission's session date).
 */
const SQL = `
select h.id as household_id, jsonb_build_object(
  'household', to_jsonb(h),
  'members', coalesce((
    select jsonb_agg(to_jsonb(p) order by p.role, p.birth_date, p.id)
    from "${SCHEMA}"."person" p where p.household_id = h.id), '[]'::jsonb),
  'applications', coalesce((
    select jsonb_agg(to_jsonb(a) || jsonb_build_object(
      'transitions', coalesce((
        select jsonb_agg(to_jsonb(t) order by t.at, t.id)
        from "${SCHEMA}"."application_transition" t where t.application_id = a.id), '[]'::jsonb),
      'candidacies', coalesce((
        select jsonb_agg(to_jsonb(c) || jsonb_build_object('commission_session_date', cm.session_date)
                         order by cm.session_date, c.id)
        from "${SCHEMA}"."candidacy" c join "${SCHEMA}"."commission" cm on cm.id = c.commission_id
        where c.application_id = a.id), '[]'::jsonb)
    ) order by a.submitted_at, a.id)
    from "${SCHEMA}"."application" a where a.household_id = h.id), '[]'::jsonb)
) as data
from "${SCHEMA}"."household" h
where h.id = any(?::uuid[])`;

/** Per request: the households part of the export of each household id (null for an unknown one). */
export function subjectAccessLoader(em: EntityManager) {
  return new DataLoader<string, unknown>(async (ids) => {
    const wanted = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
    const rows: { household_id: string; data: unknown }[] = wanted.length
      ? await em.getConnection().execute(SQL, [`{${wanted.join(',')}}`])
      : [];
    const byId = new Map(rows.map((row) => [row.household_id, camelCaseKeys(row.data)]));
    return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
  });
}
