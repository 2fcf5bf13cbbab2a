import {
  type Actor,
  codeBranch,
  everyWordIn,
  PERSON_DATA_READERS,
  Role,
  requireRole,
  type SearchTerms,
  searchTerms,
} from '@ash/kit';
import type { EntityManager } from '@mikro-orm/core';
import { SCHEMA } from '../../orm';
import { caseloadCondition } from '../caseload/caseload.scope';
import { Household } from '../household/household.entity';

/*
 * The header's search for households: by a member's name, the household's reference or the
 * registration number of one of its applications. One statement, each condition on an expression
 * that has its GIN trigram index (migration Migration20261205033000), the caller's scope in the SQL
 * itself (a support worker: their caseload with consent, as every list of this subgraph). Ranked:
 * an exact reference or registration number first (3), then one that begins with what was typed
 * (2), then one that contains it (1), and names by word similarity (0 to 1); ties by reference.
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
    const code = { ...terms, code: terms.code };
    for (const branch of [
      codeBranch({ id: 'h.id', code: REFERENCE, from: `"${SCHEMA}"."household" h` }, code),
      codeBranch(
        {
          id: 'a.household_id',
          code: REGISTRATION,
          from: `"${SCHEMA}"."application" a`,
        },
        code,
      ),
    ]) {
      branches.push(branch.sql);
      params.push(...branch.params);
    }
  }
  const words = everyWordIn(NAME, TEXT, terms);
  const fuzzy = terms.text.length >= FUZZY_MIN_LENGTH ? ` or ${TEXT}(?) operator(public.<%) ${NAME}` : '';
  branches.push(
    `select p.household_id as id, public.word_similarity(${TEXT}(?), ${NAME}) as score
       from "${SCHEMA}"."person" p where (${words.sql})${fuzzy}`,
  );
  params.push(terms.text, ...words.params, ...(fuzzy ? [terms.text] : []));
  if (supportWorkerId !== null) params.push(supportWorkerId);
  params.push(terms.first);
  return {
    sql: `select h.id
       from (${branches.join('\n union all\n')}) hits
       join "${SCHEMA}"."household" h on h.id = hits.id
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
