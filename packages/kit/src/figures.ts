import { raw } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';

/** What a figure needs of a MikroORM query builder (any entity). */
interface FigureQuery {
  select(fields: ReturnType<typeof raw> | (string | ReturnType<typeof raw>)[]): FigureQuery;
  groupBy(fields: string): FigureQuery;
  getKnexQuery(): Knex.QueryBuilder;
}

/** One figure of a statistics statement: its subquery, and the SQL that reads it (`?` is the subquery). */
export interface Figure<V> {
  readonly sql: string;
  readonly query: FigureQuery;
  /** Type of the figure's value (never set). */
  readonly value?: V;
}

/**
 * How many rows of `query` there are per value of `property`, in one GROUP BY: `{ value: count }`,
 * values without rows absent. `query` carries its filters (the caseload scope of the list it sums up).
 */
export function countPer(query: FigureQuery, property: string): Figure<Record<string, number>> {
  return {
    sql: `coalesce((select json_object_agg(f.value, f.count) from ? as f(value, count)), '{}'::json)`,
    query: query.select([property, raw('count(*)::int')]).groupBy(property),
  };
}

/** How many rows `query` selects (with its filters). */
export function countOf(query: FigureQuery): Figure<number> {
  return { sql: '?', query: query.select(raw('count(*)::int')) };
}

/**
 * Several figures in one SQL statement, each a subquery of its own query builder: the figures keep
 * exactly the filters of the lists they sum up, and cost one round trip.
 */
export async function selectFigures<F extends Record<string, Figure<unknown>>>(
  em: EntityManager,
  figures: F,
): Promise<{ [K in keyof F]: F[K] extends Figure<infer V> ? V : never }> {
  const names = Object.keys(figures);
  const sql = `select ${names.map((name) => `${figures[name].sql} as ??`).join(', ')}`;
  const bindings = names.flatMap((name) => [figures[name].query.getKnexQuery(), name]);
  const [row] = await em.getConnection().execute(em.getKnex().raw(sql, bindings));
  return row as { [K in keyof F]: F[K] extends Figure<infer V> ? V : never };
}
