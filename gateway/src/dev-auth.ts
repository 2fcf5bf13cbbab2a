import { DEMO_USERS, type DemoUser } from '@ash/demo';
import { ErrorCode, isLoopback } from '@ash/kit';
import express, { type ErrorRequestHandler, type Response, type Router } from 'express';
import { type ActorVerifier, signDevToken } from './auth';
import { DEV_AUDIENCE, DEV_ISSUER, type GatewayConfig } from './config';
import { identifyCaller, rateLimit } from './http';

/** What the sign-in page shows of a demo user (scopes stay inside the token). */
export type DevUser = Pick<DemoUser, 'userId' | 'name' | 'role' | 'organisation'>;

/**
 * Development sign-in is offered only outside production, with the HS256 key and the development
 * issuer and audience: the only setup in which the tokens it signs are the ones the gateway accepts.
 * Even then it answers only callers on this machine (loopback): anyone else gets a 404.
 */
export function devSignInEnabled(config: GatewayConfig): boolean {
  const { jwksUrl, jwtSecret, issuer, audience } = config.auth;
  return (
    !config.production && !jwksUrl && Boolean(jwtSecret) && issuer === DEV_ISSUER && audience === DEV_AUDIENCE
  );
}

function devUser({ userId, name, role, organisation }: DemoUser): DevUser {
  return { userId, name, role, organisation };
}

function badInput(res: Response, message: string) {
  res.status(400).json({ error: { code: ErrorCode.BadUserInput, message } });
}

/**
 * `GET /users` (the demo users, an array) and `POST /token` (`{ userId }` → `{ token, user }`, 12 h), to mount
 * at `/auth/dev`. Empty (every path a 404) when development sign-in is not enabled.
 */
export function devAuth(config: GatewayConfig, verify: ActorVerifier): Router {
  const router = express.Router();
  const secret = config.auth.jwtSecret;
  if (!devSignInEnabled(config) || !secret) return router;

  router.use((req, res, next) => {
    if (isLoopback(req.socket.remoteAddress)) return next();
    res.status(404).json({ error: { code: ErrorCode.NotFound, message: 'Not found' } });
  });
  router.use(identifyCaller(verify), rateLimit(config.rateLimit), (_req, res, next) => {
    res.set('cache-control', 'no-store');
    next();
  });
  router.get('/users', (_req, res) => {
    res.json(DEMO_USERS.map(devUser));
  });
  router.post('/token', express.json({ limit: '1kb' }), async (req, res) => {
    const userId: unknown = req.body?.userId;
    const user = typeof userId === 'string' ? DEMO_USERS.find((u) => u.userId === userId) : undefined;
    if (!user) return badInput(res, 'userId does not name a demo user');
    res.json({ token: await signDevToken(user, secret, '12h'), user: devUser(user) });
  });
  const bodyError: ErrorRequestHandler = (error, _req, res, next) => {
    const status: unknown = error?.status;
    if (res.headersSent || typeof status !== 'number' || status >= 500) return next(error);
    badInput(res, 'The request body is not a small JSON object');
  };
  router.use(bodyError);
  return router;
}
