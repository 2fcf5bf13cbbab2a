import { type Actor, ROLES, type Role, UnauthenticatedError } from '@ash/kit';
import { createRemoteJWKSet, type JWTPayload, type JWTVerifyGetKey, jwtVerify, SignJWT } from 'jose';
import { DEV_AUDIENCE, DEV_ISSUER, type GatewayConfig } from './config';

export type ActorVerifier = (authorization: string | undefined) => Promise<Actor>;

function actorFromClaims(payload: JWTPayload, maxAgeSeconds: number): Actor {
  const role = payload.role as Role;
  if (typeof payload.sub !== 'string' || payload.sub.trim() === '' || !ROLES.includes(role)) {
    throw new UnauthenticatedError('The token does not name a user and a known role');
  }
  // A token issued to last longer than the maximum age (a year, a century) is refused outright.
  if (
    typeof payload.exp === 'number' &&
    typeof payload.iat === 'number' &&
    payload.exp - payload.iat > maxAgeSeconds
  ) {
    throw new UnauthenticatedError('The token is issued for longer than the gateway accepts');
  }
  const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : [];
  return {
    userId: payload.sub,
    role,
    organisation: typeof payload.org === 'string' ? payload.org : '',
    name: typeof payload.name === 'string' ? payload.name : undefined,
    scopes,
  };
}

/** Verifies `Authorization: Bearer <jwt>` (jose) and returns who is calling. */
export function createVerifier(auth: GatewayConfig['auth']): ActorVerifier {
  const key: Uint8Array | JWTVerifyGetKey = auth.jwksUrl
    ? createRemoteJWKSet(new URL(auth.jwksUrl))
    : new TextEncoder().encode(auth.jwtSecret);
  return async (authorization) => {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match) throw new UnauthenticatedError('A bearer token is required');
    try {
      const { payload } = await jwtVerify(match[1], key as Uint8Array, {
        issuer: auth.issuer,
        audience: auth.audience,
        algorithms: auth.jwksUrl ? ['RS256', 'ES256', 'PS256'] : ['HS256'],
        requiredClaims: ['exp', 'iat', 'sub'],
        maxTokenAge: auth.maxTokenAgeSeconds,
      });
      return actorFromClaims(payload, auth.maxTokenAgeSeconds);
    } catch (error) {
      if (error instanceof UnauthenticatedError) throw error;
      throw new UnauthenticatedError('The token is invalid or expired');
    }
  };
}

export interface DevTokenSubject {
  userId: string;
  role: Actor['role'] | `${Actor['role']}`;
  organisation: string;
  name?: string;
  scopes?: string[];
}

/** Signs a development token (HS256, expires) for a demo user. */
export function signDevToken(subject: DevTokenSubject, secret: string, ttl = '12h'): Promise<string> {
  return new SignJWT({
    role: subject.role,
    org: subject.organisation,
    name: subject.name,
    scope: (subject.scopes ?? []).join(' ') || undefined,
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject.userId)
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(new TextEncoder().encode(secret));
}
