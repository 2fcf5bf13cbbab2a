import { buildDemoPlan, demoUser } from '@ash/demo';
import { Calendar } from '@ash/kit';
import { SignJWT } from 'jose';
import { createGateway, type Gateway, QUERY_LIMITS, readConfig, signDevToken } from '../src';
import { startSystem, type TestSystem } from './system';

// The plan is the demo of today, at the agency; the system's servers run at noon that day.
const today = new Calendar().today();
const plan = buildDemoPlan({ dwellings: 200, applications: 40, today });
let system: TestSystem;
let token: string;

beforeAll(async () => {
  system = await startSystem(plan);
  token = await system.token('SOCIAL_MANAGER');
});

afterAll(async () => {
  await system?.stop();
});

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  ms: number;
}

/** One HTTP request to a gateway, timed from sending to the parsed answer. */
async function send(
  body: unknown,
  { bearer = token, url = system.url, method = 'POST', headers = {} as Record<string, string> } = {},
): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(url, {
    method,
    headers: {
      ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      ...headers,
    },
    body: method === 'POST' ? (typeof body === 'string' ? body : JSON.stringify(body)) : undefined,
  });
  const text = await response.text();
  const ms = performance.now() - started;
  return { status: response.status, headers: response.headers, body: JSON.parse(text), ms };
}

/**
 * Sends a request that must be refused before any subgraph runs a statement (counted, not timed: how
 * long a refusal takes is printed for information, and measured in benchmarks).
 */
async function refused(label: string, request: () => Promise<Answer>): Promise<Answer> {
  system.counter.reset();
  const answer = await request();
  console.log(`refused ${label}: HTTP ${answer.status} in ${answer.ms.toFixed(1)} ms`);
  expect(system.counter.count).toBe(0);
  return answer;
}

const firstError = (answer: Answer) => answer.body.errors?.[0] ?? { message: '', extensions: {} };

function expectLimit(answer: Answer, reason: string) {
  expect(answer.status).toBe(400);
  expect(firstError(answer).extensions).toEqual({ code: 'BAD_USER_INPUT', reason });
}

const nested = (depth: number) => {
  let selection = 'id';
  for (let level = depth - 2; level >= 1; level--) {
    selection = `${level % 2 === 1 ? 'household' : 'currentLease'} { ${selection} }`;
  }
  return `{ lease(id: "${plan.leases[0].id}") { ${selection} } }`;
};
const aliases = (count: number) =>
  `{ dwellings(first: 1) { edges { node { ${Array.from({ length: count }, (_, i) => `a${i}: id`).join(' ')} } } } }`;
const EXPENSIVE = `{ households(first: 100) { edges { node {
  matchingDwellings(first: 20) { dwelling { candidates(first: 20) { application { id } } } }
} } } }`;

describe('the gateway refuses hostile queries before any subgraph is called', () => {
  it('refuses a query 30 levels deep', async () => {
    expect(QUERY_LIMITS.maxDepth).toBe(12);
    const answer = await refused('depth 30', () => send({ query: nested(30) }));
    expectLimit(answer, 'MAX_DEPTH');
    expect(firstError(answer).message).toBe('Query depth limit of 12 exceeded, found 30.');
  });

  it('refuses 1,000 aliases', async () => {
    expectLimit(await refused('1,000 aliases', () => send({ query: aliases(1000) })), 'MAX_ALIASES');
  });

  it('refuses more than 10 root fields', async () => {
    const query = `{ ${Array.from({ length: 11 }, (_, i) => `r${i}: dwellings { totalCount }`).join(' ')} }`;
    expectLimit(await refused('11 root fields', () => send({ query })), 'MAX_ROOT_FIELDS');
  });

  it('refuses more than 20 directives', async () => {
    const query = `{ dwellings { ${'totalCount @include(if: true) '.repeat(21)} } }`;
    expectLimit(await refused('21 directives', () => send({ query })), 'MAX_DIRECTIVES');
  });

  it('refuses a document of more than 5,000 tokens', async () => {
    const query = `{ dwellings { ${'totalCount '.repeat(6000)} } }`;
    expectLimit(await refused('6,000 tokens', () => send({ query })), 'MAX_TOKENS');
  });

  it('refuses first: 100000, written in the query or passed as a variable', async () => {
    const literal = await refused('first: 100000', () =>
      send({ query: '{ dwellings(first: 100000) { totalCount } }' }),
    );
    expectLimit(literal, 'MAX_FIRST');
    const variable = await refused('first: $first = 100000', () =>
      send({
        query: 'query($first: Int) { households(first: $first) { totalCount } }',
        variables: { first: 100_000 },
      }),
    );
    expectLimit(variable, 'MAX_FIRST');
  });

  it('refuses a nested query whose estimated cost is over 50,000', async () => {
    const answer = await refused('estimated cost over 50,000', () => send({ query: EXPENSIVE }));
    expectLimit(answer, 'MAX_COST');
    expect(firstError(answer).message).toMatch(/^Query cost limit of 50000 exceeded, estimated \d+\.$/);
  });

  it('answers a 2 MB body with 413 and a JSON GraphQL error', async () => {
    const body = JSON.stringify({
      query: '{ dwellings { totalCount } }',
      variables: { pad: 'x'.repeat(2_000_000) },
    });
    const answer = await refused('2 MB body', () => send(body));
    expect(answer.status).toBe(413);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(firstError(answer).extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('refuses a batched request', async () => {
    const query = '{ dwellings { totalCount } }';
    const answer = await refused('batched request', () => send([{ query }, { query }]));
    expect(answer.status).toBe(400);
    expect(firstError(answer).extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'BAD_REQUEST' });
  });

  it('refuses a GET query without the CSRF preflight header, and answers it with the header', async () => {
    const url = `${system.url}?query=${encodeURIComponent('{ dwellings { totalCount } }')}`;
    const answer = await refused('GET without preflight header', () =>
      send(undefined, { url, method: 'GET' }),
    );
    expect(answer.status).toBe(400);
    expect(firstError(answer).extensions?.code).toBe('BAD_USER_INPUT');
    expect(firstError(answer).message).toMatch(/Cross-Site Request Forgery/);
    const preflighted = await send(undefined, {
      url,
      method: 'GET',
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(preflighted.body).toEqual({ data: { dwellings: { totalCount: 200 } } });
  });

  it('answers 429 RATE_LIMITED beyond the allowance to 200 requests at once from one token, with no statement for them', async () => {
    const flooder = await signDevToken(
      { ...demoUser('SOCIAL_MANAGER'), userId: 'flooder' },
      system.jwtSecret,
    );
    const real = { query: '{ dwellings(first: 1) { totalCount } }' };
    system.counter.reset();
    expect((await send(real)).status).toBe(200);
    const perRequest = system.counter.count;
    // Mostly `__typename` (answered by the gateway itself, so the flood is not slowed by the
    // subgraphs sharing this process), every tenth a real query that reaches a subgraph.
    const requests = Array.from({ length: 200 }, (_, i) =>
      i % 10 === 9 ? real : { query: '{ __typename }' },
    );
    system.counter.reset();
    const started = performance.now();
    const answers = await Promise.all(requests.map((request) => send(request, { bearer: flooder })));
    const elapsed = performance.now() - started;
    const limited = answers.filter((a) => a.status === 429);
    const served = answers.filter((a) => a.status === 200);
    const realServed = answers.filter((a, i) => requests[i] === real && a.status === 200).length;
    const times = limited.map((a) => a.ms).sort((a, b) => a - b);
    console.log(
      `200 requests from one token in ${elapsed.toFixed(0)} ms: ${served.length} served, ${limited.length} refused 429 ` +
        `(median ${times[times.length >> 1]?.toFixed(1)} ms, slowest ${times.at(-1)?.toFixed(1)} ms)`,
    );
    // Every request is answered, served or refused. How many get in depends on how many seconds the
    // flood spans (the limiter's windows, tested on its own clock in rate-limit.test.ts); at least the
    // allowance of the first second (50 steady plus a burst of 50) always does.
    expect(served.length + limited.length).toBe(200);
    expect(served.length).toBeGreaterThanOrEqual(100);
    for (const answer of limited) {
      expect(firstError(answer).extensions?.code).toBe('RATE_LIMITED');
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    }
    // Only the real queries that were served ran statements: none for a refused one.
    expect(system.counter.count).toBe(realServed * perRequest);
    // Another user is not limited by the flood.
    expect((await send(real)).status).toBe(200);
  });

  it('lets a query at every limit through', async () => {
    const answer = await send({
      query: `{ dwellings(first: 100) { totalCount edges { node { ${Array.from({ length: 30 }, (_, i) => `a${i}: id`).join(' ')} } } } }`,
    });
    expect(answer.body.errors).toBeUndefined();
    const deep = await send({ query: nested(12) });
    expect(deep.body.errors).toBeUndefined();
  });
});

describe('tokens', () => {
  it('refuses a token naming a role that does not exist with UNAUTHENTICATED', async () => {
    const forged = await signDevToken({ ...demoUser('ADMIN'), role: 'SUPERUSER' as never }, system.jwtSecret);
    const answer = await refused('unknown role', () =>
      send({ query: '{ dwellings { totalCount } }' }, { bearer: forged }),
    );
    expect(answer.status).toBe(401);
    expect(firstError(answer).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired token with UNAUTHENTICATED', async () => {
    const expired = await new SignJWT({ role: 'ADMIN', org: 'ash' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('someone')
      .setIssuer('ash-dev')
      .setAudience('ash')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(system.jwtSecret));
    const answer = await refused('expired token', () =>
      send({ query: '{ dwellings { totalCount } }' }, { bearer: expired }),
    );
    expect(answer.status).toBe(401);
    expect(firstError(answer).extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('configuration', () => {
  const production = {
    NODE_ENV: 'production',
    GATEWAY_SECRET: 'a-secret',
    AUTH_JWKS_URL: 'https://id.example.org/.well-known/jwks.json',
    AUTH_ISSUER: 'https://id.example.org',
    AUTH_AUDIENCE: 'ash-gateway',
  };

  it('starts in production with a key source, an issuer and an audience', () => {
    expect(readConfig(production).auth).toEqual({
      jwtSecret: undefined,
      jwksUrl: production.AUTH_JWKS_URL,
      issuer: production.AUTH_ISSUER,
      audience: production.AUTH_AUDIENCE,
      // 12 hours unless AUTH_MAX_TOKEN_AGE says otherwise (in seconds, a minute at least).
      maxTokenAgeSeconds: 43_200,
    });
    expect(readConfig({ ...production, AUTH_MAX_TOKEN_AGE: '3600' }).auth.maxTokenAgeSeconds).toBe(3600);
    expect(() => readConfig({ ...production, AUTH_MAX_TOKEN_AGE: '10' })).toThrow(/AUTH_MAX_TOKEN_AGE/);
  });

  it('refuses to start in production without an issuer, an audience or a key source', () => {
    expect(() => readConfig({ ...production, AUTH_ISSUER: undefined })).toThrow(/AUTH_ISSUER/);
    expect(() => readConfig({ ...production, AUTH_AUDIENCE: '' })).toThrow(/AUTH_AUDIENCE/);
    expect(() => readConfig({ ...production, AUTH_JWKS_URL: undefined })).toThrow(/AUTH_JWKS_URL/);
  });

  it('refuses the development signing key in production', () => {
    expect(() =>
      readConfig({ ...production, AUTH_JWKS_URL: undefined, AUTH_JWT_SECRET: readConfig({}).auth.jwtSecret }),
    ).toThrow(/development key/);
  });

  it('reads the rate limit, and refuses one that is not a positive integer', () => {
    expect(readConfig({}).rateLimit).toEqual({ perSecond: 50, burst: 50 });
    expect(readConfig({ GATEWAY_RATE_LIMIT_PER_SECOND: '200' }).rateLimit.perSecond).toBe(200);
    expect(() => readConfig({ GATEWAY_RATE_LIMIT_PER_SECOND: '0' })).toThrow(/GATEWAY_RATE_LIMIT_PER_SECOND/);
  });
});

describe('in production', () => {
  const ISSUER = 'https://id.example.org';
  const AUDIENCE = 'ash-gateway';
  const SECRET = 'production-test-key';
  let gateway: Gateway;
  let url: string;

  const sign = (audience = AUDIENCE) =>
    new SignJWT({ role: 'SOCIAL_MANAGER', org: 'ash' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('sm-production')
      .setIssuer(ISSUER)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(SECRET));

  beforeAll(async () => {
    gateway = await createGateway(
      readConfig({
        ...system.gatewayEnv,
        NODE_ENV: 'production',
        AUTH_JWT_SECRET: SECRET,
        AUTH_ISSUER: ISSUER,
        AUTH_AUDIENCE: AUDIENCE,
      }),
    );
    url = (await gateway.listen(0)).url;
  });

  afterAll(async () => {
    await gateway?.stop();
  });

  it('answers a token of its issuer and audience, and refuses another audience or a development token', async () => {
    const ok = await send({ query: '{ dwellings { totalCount } }' }, { url, bearer: await sign() });
    expect(ok.body).toEqual({ data: { dwellings: { totalCount: 200 } } });
    const other = await send({ query: '{ dwellings { totalCount } }' }, { url, bearer: await sign('other') });
    expect(firstError(other).extensions?.code).toBe('UNAUTHENTICATED');
    const dev = await send({ query: '{ dwellings { totalCount } }' }, { url, bearer: token });
    expect(firstError(dev).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses introspection with a coded error', async () => {
    const bearer = await sign();
    const answer = await refused('introspection in production', () =>
      send({ query: '{ __schema { types { name } } }' }, { url, bearer }),
    );
    expectLimit(answer, 'INTROSPECTION_DISABLED');
  });

  it('gives no "Did you mean" suggestion for an unknown field or enum value', async () => {
    const query = '{ dwellings { totalCoun } }';
    const development = await send({ query });
    expect(firstError(development).message).toMatch(/Did you mean/);
    const bearer = await sign();
    const field = await send({ query }, { url, bearer });
    expect(field.status).toBe(400);
    expect(firstError(field).extensions?.code).toBe('BAD_USER_INPUT');
    expect(firstError(field).message).toBe('Cannot query field "totalCoun" on type "DwellingConnection".');
    const enumValue = await send(
      {
        query: 'query($t: Typology!) { dwellings(filter: { typologies: [$t] }) { totalCount } }',
        variables: { t: 'T33' },
      },
      { url, bearer },
    );
    expect(firstError(enumValue).extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(enumValue.body)).not.toMatch(/Did you mean/);
  });

  it('shows no landing page and no stack trace', async () => {
    const page = await fetch(url, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).not.toMatch(/text\/html/);
    const bearer = await sign();
    const answer = await send('{"query": ', { url, bearer });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).not.toMatch(/stack|at .+\.js/);
  });
});
