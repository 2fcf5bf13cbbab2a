import { DEMO_USERS } from '@ash/demo';
import { createGateway, createVerifier, type DevUser, type Gateway, readConfig } from '../src';

// The gateway alone: its supergraph is static, so sign-in needs neither subgraphs nor a database.
async function gatewayOn(env: NodeJS.ProcessEnv): Promise<{ gateway: Gateway; origin: string }> {
  const gateway = await createGateway(readConfig(env));
  const { url } = await gateway.listen(0);
  return { gateway, origin: url.replace(/\/graphql$/, '') };
}

interface ErrorAnswer {
  error: { code: string; message: string };
}

const postToken = (origin: string, body: unknown) =>
  fetch(`${origin}/auth/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('development sign-in', () => {
  const env = { AUTH_JWT_SECRET: 'dev-auth-test-key' };
  let gateway: Gateway;
  let origin: string;

  beforeAll(async () => {
    ({ gateway, origin } = await gatewayOn(env));
  });

  afterAll(async () => {
    await gateway?.stop();
  });

  it('lists the demo users with their name, role and organisation, without scopes', async () => {
    const response = await fetch(`${origin}/auth/dev/users`);
    expect(response.status).toBe(200);
    const users = (await response.json()) as DevUser[];
    expect(users).toHaveLength(DEMO_USERS.length);
    expect(users[0]).toEqual({
      userId: DEMO_USERS[0].userId,
      name: DEMO_USERS[0].name,
      role: DEMO_USERS[0].role,
      organisation: DEMO_USERS[0].organisation,
    });
  });

  it('signs a 12 h token for a demo user that the gateway accepts', async () => {
    const chosen = DEMO_USERS.find((u) => u.role === 'SUPPORT_WORKER') ?? DEMO_USERS[0];
    const response = await postToken(origin, { userId: chosen.userId });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { token, user } = (await response.json()) as { token: string; user: DevUser };
    expect(user).toEqual({
      userId: chosen.userId,
      name: chosen.name,
      role: chosen.role,
      organisation: chosen.organisation,
    });
    const actor = await createVerifier(readConfig(env).auth)(`Bearer ${token}`);
    expect(actor).toMatchObject({
      userId: chosen.userId,
      role: chosen.role,
      organisation: chosen.organisation,
    });
    const { exp, iat } = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    expect(exp - iat).toBe(12 * 3600);
  });

  it('refuses an unknown user or a malformed body with a coded 400', async () => {
    for (const body of [{ userId: 'nobody' }, {}, { userId: 42 }]) {
      const response = await postToken(origin, body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as ErrorAnswer).error).toEqual({
        code: 'BAD_USER_INPUT',
        message: expect.any(String),
      });
    }
    const broken = await fetch(`${origin}/auth/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"userId":',
    });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as ErrorAnswer).error.code).toBe('BAD_USER_INPUT');
  });

  it('rate-limits the sign-in routes', async () => {
    const limited = await gatewayOn({
      ...env,
      GATEWAY_RATE_LIMIT_PER_SECOND: '2',
      GATEWAY_RATE_LIMIT_BURST: '0',
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await fetch(`${limited.origin}/auth/dev/users`)).status);
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await limited.gateway.stop();
    }
  });
});

describe('development sign-in is absent', () => {
  it.each([
    [
      'in production',
      {
        NODE_ENV: 'production',
        GATEWAY_SECRET: 'dev-auth-production-secret',
        AUTH_JWT_SECRET: 'dev-auth-production-key',
        AUTH_ISSUER: 'https://id.example.org',
        AUTH_AUDIENCE: 'ash',
      },
    ],
    ['with a JWKS', { AUTH_JWKS_URL: 'https://id.example.org/jwks.json' }],
  ])('%s: both routes answer 404', async (_label, env) => {
    const { gateway, origin } = await gatewayOn(env);
    try {
      expect((await fetch(`${origin}/auth/dev/users`)).status).toBe(404);
      expect((await postToken(origin, { userId: DEMO_USERS[0].userId })).status).toBe(404);
    } finally {
      await gateway.stop();
    }
  });
});
