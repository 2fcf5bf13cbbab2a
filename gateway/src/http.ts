import { type Actor, ErrorCode } from '@ash/kit';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { ActorVerifier } from './auth';
import type { GatewayConfig } from './config';
import { errorBody, GatewayErrorCode } from './errors';
import { noteErrorCode } from './log';

type Caller = { actor: Actor } | { error: unknown };

/** Verifies the bearer token once per request: the rate limit and the Apollo context both read it. */
export function identifyCaller(verify: ActorVerifier): RequestHandler {
  return async (req, res, next) => {
    res.locals.caller = await verify(req.header('authorization')).then(
      (actor): Caller => ({ actor }),
      (error): Caller => ({ error }),
    );
    next();
  };
}

/** The verified actor of the request, or its UNAUTHENTICATED error (thrown in Apollo's context). */
export function actorOf(res: Response): Actor {
  const caller = res.locals.caller as Caller;
  if ('error' in caller) throw caller.error;
  return caller.actor;
}

/**
 * Per caller (the token's subject, or the IP without a valid token), in this process's memory
 * (rate-limiter-flexible): `perSecond` requests in each second, plus `burst` more in each 10
 * seconds. Over it: HTTP 429, `RATE_LIMITED`, before the body is even read.
 */
export function rateLimit({ perSecond, burst }: GatewayConfig['rateLimit']): RequestHandler {
  const steady = new RateLimiterMemory({ keyPrefix: 'steady', points: perSecond, duration: 1 });
  const limiter =
    burst > 0
      ? new BurstyRateLimiter(
          steady,
          new RateLimiterMemory({ keyPrefix: 'burst', points: burst, duration: 10 }),
        )
      : steady;
  return async (req, res, next) => {
    const caller = res.locals.caller as Caller;
    const key = 'actor' in caller ? `user:${caller.actor.userId}` : `ip:${req.ip}`;
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      noteErrorCode(res, GatewayErrorCode.RateLimited);
      res
        .status(429)
        .set('retry-after', String(retryAfterSeconds))
        .json(errorBody(GatewayErrorCode.RateLimited, 'Too many requests', { retryAfterSeconds }));
      return;
    }
    next();
  };
}

/** express.json's errors answered as GraphQL-shaped JSON (its own answer is an HTML page). */
export function bodyErrors(limit: string): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status: number = typeof error?.status === 'number' ? error.status : 500;
    if (status === 413) {
      noteErrorCode(res, GatewayErrorCode.PayloadTooLarge);
      res
        .status(413)
        .json(errorBody(GatewayErrorCode.PayloadTooLarge, `The request body is larger than ${limit}`));
    } else if (status >= 400 && status < 500) {
      noteErrorCode(res, ErrorCode.BadUserInput);
      res
        .status(status)
        .json(
          errorBody(ErrorCode.BadUserInput, 'The request body is not valid JSON', { reason: 'BAD_REQUEST' }),
        );
    } else {
      console.error(error);
      res.status(500).json(errorBody(ErrorCode.Internal, 'Internal server error'));
    }
  };
}
