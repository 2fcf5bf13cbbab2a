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
  /** One LIKE pattern per word (`%word%`, LIKE's own characters escaped), to pass through search_text. */
  patterns: string[];
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
    patterns: kept.map((w) => `%${escapeLike(w)}%`),
    code: code.length >= 2 && /\d/.test(code) ? code : null,
    first: size,
  };
}
