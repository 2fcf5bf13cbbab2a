import { codeBranch, everyWordIn, type SearchTerms, searchTerms } from '@ash/kit';
import type { EntityManager } from '@mikro-orm/core';
import { SCHEMA } from '../../orm';
import { Dwelling } from '../dwelling/dwelling.entity';

/*
 * The header's search for dwellings: by the dwelling's reference, or by its residence's address
 * (name, street, postal code, commune). One statement, each condition on an expression that has its
 * GIN trigram index (migration Migration20261205033000). The stock is no one's caseload: whoever may
 * list the dwellings finds them all. Ranked: an exact reference first (3), then one that begins
 * with what was typed (2), then one that contains it (1), and addresses by word similarity (0 to 1);
 * ties by reference. Of the residences
 * whose address matches, only the `first` best are opened (each has at least one dwelling), so a
 * street shared by hundreds of residences does not sort their thousands of dwellings.
 */

const TEXT = `"${SCHEMA}".search_text`;
const CODE = `"${SCHEMA}".search_code`;
// The indexed expressions, written exactly as in the migration's indexes.
const REFERENCE = `${CODE}(d.reference)`;
const ADDRESS = `${TEXT}(r.name || ' ' || r.address || ' ' || r.postal_code || ' ' || r.commune)`;

/** The search statement and its parameters: the ids of the matching dwellings, best first. Exported for the benchmark's EXPLAIN. */
export function dwellingSearchStatement(terms: SearchTerms): { sql: string; params: unknown[] } {
  const branches: string[] = [];
  const params: unknown[] = [];
  if (terms.code !== null) {
    const branch = codeBranch(
      { id: 'd.id', code: REFERENCE, from: `"${SCHEMA}"."dwelling" d` },
      { ...terms, code: terms.code },
    );
    branches.push(branch.sql);
    params.push(...branch.params);
  }
  const words = everyWordIn(ADDRESS, TEXT, terms);
  branches.push(
    `select d.id, a.score
       from (select r.id, public.word_similarity(${TEXT}(?), ${ADDRESS}) as score
               from "${SCHEMA}"."residence" r where ${words.sql}
              order by score desc, r.name limit ?) a
       join "${SCHEMA}"."dwelling" d on d.residence_id = a.id`,
  );
  params.push(terms.text, ...words.params, terms.first, terms.first);
  return {
    sql: `select d.id
       from (${branches.join('\n union all\n')}) hits
       join "${SCHEMA}"."dwelling" d on d.id = hits.id
      group by d.id, d.reference
      order by max(hits.score) desc, d.reference
      limit ?`,
    params,
  };
}

export class DwellingSearchService {
  constructor(private readonly em: EntityManager) {}

  /** The dwellings matching `text`, best first, at most `first`. */
  async search(text: string, first: number | null | undefined): Promise<Dwelling[]> {
    const { sql, params } = dwellingSearchStatement(searchTerms(text, first));
    const rows: { id: string }[] = await this.em
      .getConnection()
      .execute(sql, params, 'all', this.em.getTransactionContext());
    if (!rows.length) return [];
    const found = await this.em.find(Dwelling, { id: { $in: rows.map((r) => r.id) } });
    const byId = new Map(found.map((d) => [d.id, d]));
    return rows.map((r) => byId.get(r.id)).filter((d): d is Dwelling => d !== undefined);
  }
}
