import { type Actor, PERSON_DATA_READERS, Role, requireRole, type SearchTerms, searchTerms } from '@ash/kit';
import type { EntityManager } from '@mikro-orm/core';
import { SCHEMA } from '../../orm';
import { caseloadCondition } from '../caseload/caseload.scope';
import { Household } from '../household/household.entity';

/*
 * The header's search for households: by a member's name, the household's reference or the
 * registration number of one of its applications. One statement, each condition on an expression
 * that has its GIN trigram index (migration Migration20261205033000), the caller's scope in the SQL
 * itself (a support worker: their caseload with consent, as every list of this subgraph). Ranked:
 * an exact reference or registration number first (3), then a partial one (1 + similarity), then
 * names by word similarity (0 to 1); ties by reference.
 */

const TEXT = `"${SCHEMA}".search_text`;
const CODE = `"${SCHEMA}".search_code`;
// The indexed expressions, written exactly as in the migration's indexes.
const NAME = `${TEXT}(p.first_name || ' ' || p.last_name)`;
const REFERENCE = `${CODE}(h.reference)`;
const REGISTRATION = `${CODE}(a.registration_number)`;

/** Below this many characters, a fuzzy (misspelt) name is not looked for: too many false friends. */
const FUZZY_MIN_LENGTH = 4;

/**
 * The search statement and its parameters: the ids of the matching households, best first. With
 * `supportWorkerId`, only that worker's caseload (with consent). Exported for the benchmark's EXPLAIN.
 */
export function householdSearchStatement(
  terms: SearchTerms,
  supportWorkerId: string | null,
): { sql: string; params: unknown[] } {
  const branches: string[] = [];
  const params: unknown[] = [];
  if (terms.code !== null) {
    const like = `%${terms.code}%`;
    branches.push(
      `select h.id as household_id,
              case when ${REFERENCE} = ? then 3 else 1 + public.similarity(${REFERENCE}, ?) end as score
         from "${SCHEMA}"."household" h where ${REFERENCE} like ?`,
      `select a.household_id,
              case when ${REGISTRATION} = ? then 3 else 1 + public.similarity(${REGISTRATION}, ?) end as score
         from "${SCHEMA}"."application" a where ${REGISTRATION} like ?`,
    );
    params.push(terms.code, terms.code, like, terms.code, terms.code, like);
  }
  const words = terms.patterns.map(() => `${NAME} like ${TEXT}(?)`).join(' and ');
  const fuzzy = terms.text.length >= FUZZY_MIN_LENGTH ? ` or ${TEXT}(?) operator(public.<%) ${NAME}` : '';
  branches.push(
    `select p.household_id, public.word_similarity(${TEXT}(?), ${NAME}) as score
       from "${SCHEMA}"."person" p where (${words})${fuzzy}`,
  );
  params.push(terms.text, ...terms.patterns, ...(fuzzy ? [terms.text] : []));
  if (supportWorkerId !== null) params.push(supportWorkerId);
  params.push(terms.first);
  return {
    sql: `select h.id
       from (${branches.join('\n union all\n')}) hits
       join "${SCHEMA}"."household" h on h.id = hits.household_id
      ${supportWorkerId !== null ? `where ${caseloadCondition('h')}` : ''}
      group by h.id, h.reference
      order by max(hits.score) desc, h.reference
      limit ?`,
    params,
  };
}

export class HouseholdSearchService {
  constructor(private readonly em: EntityManager) {}

  /** The households matching `text` that the actor may read, best first, at most `first`. */
  async search(actor: Actor, text: string, first: number | null | undefined): Promise<Household[]> {
    requireRole(actor, PERSON_DATA_READERS);
    const { sql, params } = householdSearchStatement(
      searchTerms(text, first),
      actor.role === Role.SupportWorker ? actor.userId : null,
    );
    const rows: { id: string }[] = await this.em
      .getConnection()
      .execute(sql, params, 'all', this.em.getTransactionContext());
    if (!rows.length) return [];
    const found = await this.em.find(Household, { id: { $in: rows.map((r) => r.id) } });
    const byId = new Map(found.map((h) => [h.id, h]));
    return rows.map((r) => byId.get(r.id)).filter((h): h is Household => h !== undefined);
  }
}
