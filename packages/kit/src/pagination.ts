import { Cursor, type EntityManager, type EntityName, type FilterQuery, QueryOrder } from '@mikro-orm/core';
import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, type ClassType, Directive, Field, Int, ObjectType } from 'type-graphql';
import { BadUserInputError } from './errors';

/** Largest page a client may ask for (DESIGN.md contract). */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType()
@Directive('@shareable')
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Builds the Relay connection type `<Name>Connection` (with `<Name>Edge`) for a node type.
 * Call once per node type at module level.
 */
export function connectionOf<T extends object>(node: ClassType<T>, name = node.name) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionType as ClassType<Connection<T>>;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})`,
  })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  @IsOptional()
  after?: string | null;
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`first must be between 1 and ${MAX_PAGE_SIZE}`, { argument: 'first' });
  }
  return first;
}

function checkCursor(after: string | null | undefined): string | undefined {
  if (!after) return undefined;
  try {
    const decoded = Cursor.decode(after);
    if (!Array.isArray(decoded) || decoded.length === 0) throw new Error('empty');
  } catch {
    throw new BadUserInputError('after is not a valid cursor', { argument: 'after' });
  }
  return after;
}

/**
 * Keyset pagination (MikroORM's `findByCursor`): ordered by `orderBy` then `id` so the order is
 * total, one query for the page and one for `totalCount`, whatever the page size.
 */
export async function paginate<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: PageArgs,
  orderBy: Record<string, 'asc' | 'desc'> = {},
): Promise<Connection<T>> {
  const cursor = await em.findByCursor(entity, where, {
    first: pageSize(args.first),
    after: checkCursor(args.after),
    // biome-ignore lint/suspicious/noExplicitAny: order keys are checked by MikroORM against the metadata
    orderBy: { ...orderBy, id: QueryOrder.ASC } as any,
    includeCount: true,
  });
  return {
    edges: cursor.items.map((node) => ({ cursor: cursor.from(node), node: node as T })),
    pageInfo: { hasNextPage: cursor.hasNextPage, endCursor: cursor.endCursor },
    totalCount: cursor.totalCount,
  };
}

/**
 * Cursor of a row in a hand-written keyset query (an order MikroORM cannot express, e.g. on values
 * computed in SQL): the row's sort values, its id last.
 */
export function keysetCursor(values: readonly (string | number)[]): string {
  return Cursor.encode([...values]);
}

/**
 * The sort values of `after` (from `keysetCursor`), or undefined without one; BAD_USER_INPUT unless
 * it holds `length` strings or numbers (a cursor of another order is refused, not misread).
 */
export function readKeysetCursor(
  after: string | null | undefined,
  length: number,
): (string | number)[] | undefined {
  const cursor = checkCursor(after);
  if (cursor === undefined) return undefined;
  const values = Cursor.decode(cursor);
  if (values.length !== length || !values.every((v) => typeof v === 'string' || typeof v === 'number')) {
    throw new BadUserInputError('after is not a cursor of this order', { argument: 'after' });
  }
  return values as (string | number)[];
}
