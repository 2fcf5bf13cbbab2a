import { ConflictError } from './errors';

/** Allowed moves of a status machine: for each state, the states it may go to. */
export type TransitionMap<S extends string> = Readonly<Record<S, readonly S[]>>;

/** Throws CONFLICT when `to` cannot follow `from`. */
export function assertTransition<S extends string>(
  what: string,
  map: TransitionMap<S>,
  from: S,
  to: S,
): void {
  if (!map[from]?.includes(to)) {
    throw new ConflictError(`${what} cannot go from ${from} to ${to}`, {
      from,
      to,
      allowed: map[from] ?? [],
    });
  }
}
