import type { Request, Response } from 'express';
import { rateLimit } from '../src/http';

/*
 * The limiter on its own clock: Jest's fake timers stand in for the clock and the timers the
 * limiter's windows expire with, so the counts below hold however busy the machine is.
 */

interface Outcome {
  served: boolean;
  status: number;
  retryAfter?: string;
  code?: unknown;
}

function caller(userId: string) {
  const middleware = rateLimit({ perSecond: 50, burst: 50 });
  return async (who = userId): Promise<Outcome> => {
    const outcome: Outcome = { served: false, status: 200 };
    const res = {
      locals: { caller: { actor: { userId: who } } },
      status(code: number) {
        outcome.status = code;
        return this;
      },
      set(name: string, value: string) {
        if (name === 'retry-after') outcome.retryAfter = value;
        return this;
      },
      json(body: { errors: { extensions: { code: unknown } }[] }) {
        outcome.code = body.errors[0].extensions.code;
        return this;
      },
    } as unknown as Response;
    await middleware({ ip: '127.0.0.1' } as Request, res, () => {
      outcome.served = true;
    });
    return outcome;
  };
}

async function flood(send: () => Promise<Outcome>, count: number) {
  const outcomes: Outcome[] = [];
  for (let i = 0; i < count; i++) outcomes.push(await send());
  return {
    served: outcomes.filter((o) => o.served).length,
    refused: outcomes.filter((o) => !o.served),
  };
}

describe('the rate limit (50 a second, plus a burst of 50 every 10 seconds)', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2026-03-15T09:00:00Z') });
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('serves 100 of 200 requests in the same instant and refuses the other 100 with 429 RATE_LIMITED', async () => {
    const { served, refused } = await flood(caller('flooder'), 200);
    expect(served).toBe(100);
    expect(refused).toHaveLength(100);
    for (const outcome of refused) {
      expect(outcome).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
      expect(Number(outcome.retryAfter)).toBeGreaterThanOrEqual(1);
    }
  });

  it('gives 50 more a second later, the burst being spent for 10 seconds, then the full allowance again', async () => {
    const send = caller('flooder');
    expect((await flood(send, 200)).served).toBe(100);
    await jest.advanceTimersByTimeAsync(1000);
    expect((await flood(send, 200)).served).toBe(50);
    await jest.advanceTimersByTimeAsync(9000);
    expect((await flood(send, 200)).served).toBe(100);
  });

  it('counts each caller on their own', async () => {
    const send = caller('flooder');
    expect((await flood(send, 150)).served).toBe(100);
    expect((await send('someone-else')).served).toBe(true);
  });
});
