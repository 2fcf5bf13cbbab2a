import { ForbiddenError, UnauthenticatedError } from './errors';

/** Roles of DESIGN.md ("Who uses it"). */
export enum Role {
  RentalManager = 'RENTAL_MANAGER',
  SocialManager = 'SOCIAL_MANAGER',
  SupportWorker = 'SUPPORT_WORKER',
  Evaluator = 'EVALUATOR',
  Integrator = 'INTEGRATOR',
  Admin = 'ADMIN',
}

export const ROLES: readonly Role[] = Object.values(Role);

/** Who is calling, as verified by the gateway. */
export interface Actor {
  userId: string;
  role: Role;
  organisation: string;
  name?: string;
  scopes: string[];
}

/** Header the gateway sets with the verified actor (JSON). */
export const ACTOR_HEADER = 'x-ash-actor';
/** Header carrying the secret shared by the gateway and the subgraphs. */
export const GATEWAY_SECRET_HEADER = 'x-ash-gateway-secret';
/** Request id propagated from the gateway for tracing and audit. */
export const REQUEST_ID_HEADER = 'x-request-id';

export function encodeActor(actor: Actor): string {
  return Buffer.from(JSON.stringify(actor), 'utf8').toString('base64url');
}

export function decodeActor(header: string | undefined): Actor | undefined {
  if (!header) return undefined;
  try {
    const value = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as Partial<Actor>;
    if (typeof value.userId !== 'string' || !ROLES.includes(value.role as Role)) return undefined;
    return {
      userId: value.userId,
      role: value.role as Role,
      organisation: typeof value.organisation === 'string' ? value.organisation : '',
      name: typeof value.name === 'string' ? value.name : undefined,
      scopes: Array.isArray(value.scopes) ? value.scopes.filter((s) => typeof s === 'string') : [],
    };
  } catch {
    return undefined;
  }
}

/** Throws UNAUTHENTICATED when nobody is calling. */
export function requireActor(actor: Actor | undefined): Actor {
  if (!actor) throw new UnauthenticatedError();
  return actor;
}

/** Throws FORBIDDEN unless the actor holds one of the roles. */
export function requireRole(actor: Actor | undefined, roles: readonly Role[]): Actor {
  const who = requireActor(actor);
  if (!roles.includes(who.role)) throw new ForbiddenError(`Role ${who.role} may not do this`);
  return who;
}

/** Roles that may read person-level data (EVALUATOR never does). */
export const PERSON_DATA_READERS: readonly Role[] = [
  Role.RentalManager,
  Role.SocialManager,
  Role.SupportWorker,
  Role.Integrator,
  Role.Admin,
];
