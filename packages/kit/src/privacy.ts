import { Role } from './actor';

/*
 * The data subject's rights (GDPR articles 15 and 17): every subgraph contributes its part of a
 * household's subject access export and clears what identifies its people when the household is erased.
 */

/** Who may export everything about a household, or erase it: social management and operators. */
export const DATA_SUBJECT_DESK: readonly Role[] = [Role.SocialManager, Role.Admin];

/** What replaces a required free text on erasure (a CHECK keeps those columns non-empty). */
export const ERASED_TEXT = '[effacé]';

const camel = (key: string) => key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * Rows read as JSON from PostgreSQL (`to_jsonb(row)`: snake_case columns) with camelCase keys, as the
 * rest of the API names them. Values are left as PostgreSQL wrote them: ISO dates, enum values as stored.
 */
export function camelCaseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelCaseKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [camel(key), camelCaseKeys(inner)]));
}
