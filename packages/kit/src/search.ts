import { BadUserInputError } from './errors';

/*
 * The header's search, the same rules in every subgraph that answers it (households: households by
 * name, reference or registration number; housing: dwellings by reference or address).
 *
 * Each subgraph's migration creates two IMMUTABLE SQL functions in its schema, so that GIN trigram
 * indexes (pg_trgm) can be built on their results:
 * - `search_text(value)`: lower case without accents (unaccent), for names and addresses, matched word
 *   by word (`%word%`) and ranked by word similarity;
 * - `search_code(value)`: lower case letters and digits only, for references and registration numbers,
 *   so "MEN-00012", "men 00012" and "men00012" are one code.
 * This module turns what was typed into the parameters of those statements; the normalisation of the
 * words themselves happens in SQL (`search_text(?)`), with the same function as the index.
 */

/** Shorter than this (after trimming), a search is refused: two characters narrow nothing down. */
export const SEARCH_MIN_LENGTH = 2;
/** Longer than this, a search is refused (nobody types that much in a header box). */
export const SEARCH_MAX_LENGTH = 100;
/** At most this many results per search, and this many by default. */
export const SEARCH_MAX_RESULTS = 20;
export const SEARCH_DEFAULT_RESULTS = 10;
/** At most this many words are matched; more words narrow down no further. */
const MAX_WORDS = 6;

export interface SearchTerms {
  /** What was typed, trimmed, its spaces collapsed (for similarity). */
  text: string;
  /**
   * Per word, the LIKE patterns of which one must match (LIKE's own characters escaped), to pass
   * through search_text: `%word%` from 3 characters on; a shorter word must begin a word (`wo%` or
   * `% wo%`), which a trigram index can look up (a 2-character `%wo%` holds no trigram: every row
   * would be read) and which is what one means after 2 letters.
   */
  patterns: string[][];
  /**
   * The letters and digits of what was typed, lower case: the code compared with references and
   * registration numbers. Null without a digit (every reference and number has digits: "men" or
   * "icf" alone would match them all and push the names and addresses out) or under 2 characters.
   */
  code: string | null;
  /** How many results at most. */
  first: number;
}

const escapeLike = (word: string) => word.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Checks and prepares a search: BAD_USER_INPUT when `text` has fewer than 2 or more than 100
 * characters, or `first` is not between 1 and 20. Changes nothing anywhere.
 */
export function searchTerms(text: string, first: number | null | undefined): SearchTerms {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed.length < SEARCH_MIN_LENGTH) {
    throw new BadUserInputError(`Type at least ${SEARCH_MIN_LENGTH} characters to search`, {
      argument: 'text',
    });
  }
  if (trimmed.length > SEARCH_MAX_LENGTH) {
    throw new BadUserInputError(`A search has at most ${SEARCH_MAX_LENGTH} characters`, { argument: 'text' });
  }
  const size = first ?? SEARCH_DEFAULT_RESULTS;
  if (!Number.isInteger(size) || size < 1 || size > SEARCH_MAX_RESULTS) {
    throw new BadUserInputError(`first must be between 1 and ${SEARCH_MAX_RESULTS}`, { argument: 'first' });
  }
  const words = trimmed.split(' ');
  // A one-letter word narrows down little and no trigram index helps it: kept only if nothing else is.
  const useful = words.filter((w) => w.length >= 2);
  const kept = (useful.length ? useful : words).slice(0, MAX_WORDS);
  const code = trimmed.toLowerCase().replace(/[^a-z0-9]/g, '');
  return {
    text: trimmed,
    patterns: kept.map((w) =>
      w.length >= 3 ? [`%${escapeLike(w)}%`] : [`${escapeLike(w)}%`, `% ${escapeLike(w)}%`],
    ),
    code: code.length >= 2 && /\d/.test(code) ? code : null,
    first: size,
  };
}

/**
 * The SQL condition "every word of the search is in `expression`", with its parameters: `normalise`
 * is the schema's search_text function, applied to the patterns as to the indexed expression.
 */
export function everyWordIn(
  expression: string,
  normalise: string,
  terms: SearchTerms,
): { sql: string; params: string[] } {
  return {
    sql: terms.patterns
      .map((alternatives) => `(${alternatives.map(() => `${expression} like ${normalise}(?)`).join(' or ')})`)
      .join(' and '),
    params: terms.patterns.flat(),
  };
}

/**
 * A branch of a search statement on a reference or number column (`code`: its search_code, which has
 * a GIN trigram index and a btree index in collation C): the ids whose code begins with the
 * searched code, the exact one first (3) then the others (2), read in code order from the btree
 * index; then, only when fewer than `first` begin with it, those that contain it elsewhere (1), from
 * the trigram index (from 3 characters). At most `first` of each leave the branch, so a code found
 * in every reference ("icf-7" at 50,000 dwellings) costs a few index entries, not a scan.
 */
export function codeBranch(
  select: { id: string; code: string; from: string },
  terms: SearchTerms & { code: string },
): { sql: string; params: unknown[] } {
  const { id, code, from } = select;
  const prefix = `${terms.code}%`;
  const begins = `select ${id} as id, case when ${code} = ? then 3 else 2 end as score
          from ${from} where ${code} collate "C" like ? order by ${code} collate "C" limit ?`;
  // Two characters hold no trigram: "contains" would read every row; only "begins with" then.
  if (terms.code.length < 3) {
    return { sql: `select id, score from (${begins}) prefix`, params: [terms.code, prefix, terms.first] };
  }
  return {
    sql: `select id, score from (${begins}) prefix
      union all
      select id, 1 from (
        select ${id} as id from ${from}
         where ${code} like ? and ${code} not like ?
           and (select count(*) from (select from ${from} where ${code} collate "C" like ? limit ?) n) < ?
         order by ${code} limit ?) contains`,
    params: [
      terms.code,
      prefix,
      terms.first,
      `%${terms.code}%`,
      prefix,
      prefix,
      terms.first,
      terms.first,
      terms.first,
    ],
  };
}
