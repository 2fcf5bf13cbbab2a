import { Writable } from 'node:stream';
import { buildDemoPlan } from '@ash/demo';
import { addDays, Calendar } from '@ash/kit';
import pino from 'pino';
import { startSystem, type TestSystem } from './system';

// Errors that tell the truth: bad input is the caller's fault (a coded 4xx), not an outage or an
// internal error; every request that ends in an error leaves one structured log line.

const today = new Calendar().today();
const tomorrow = addDays(today, 1);
const plan = buildDemoPlan({ dwellings: 200, applications: 20, today });
const lines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    done();
  },
});
let system: TestSystem;
let token: string;

beforeAll(async () => {
  system = await startSystem(plan, { logger: pino({ level: 'info' }, sink) });
  token = await system.token('SOCIAL_MANAGER');
});
afterAll(() => system?.stop());

async function send(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(system.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: unknown;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    },
    requestId: response.headers.get('x-request-id'),
  };
}
const codes = (answer: Awaited<ReturnType<typeof send>>) =>
  answer.body.errors?.map((e) => e.extensions?.code);

describe('bad input reaching a subgraph', () => {
  it('answers an impossible date with BAD_USER_INPUT from the subgraph, not SERVICE_UNAVAILABLE', async () => {
    const literal = await send({
      query: 'mutation { createCommission(input: { sessionDate: "2027-02-30" }) { id } }',
    });
    expect(codes(literal)).toEqual(['BAD_USER_INPUT']);
    const variable = await send({
      query: 'mutation($d: LocalDate!) { createCommission(input: { sessionDate: $d }) { id } }',
      variables: { d: '2027-02-30' },
    });
    expect(codes(variable)).toEqual(['BAD_USER_INPUT']);
    expect(variable.status).toBeLessThan(500);
  });

  it('answers a NUL byte in a string or a filter with BAD_USER_INPUT and writes nothing', async () => {
    const before = await system.orms.households.em
      .fork()
      .getConnection()
      .execute('select count(*)::int as n from households.household');
    const register = await send({
      query: 'mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }',
      variables: {
        input: {
          reference: 'NUL\u0000BYTE',
          members: [{ firstName: 'Ana', lastName: 'Nul\u0000', birthDate: '1990-01-01', role: 'ADULT' }],
          monthlyResourcesCents: 90_000,
          housingBenefitCents: 0,
        },
      },
    });
    expect(codes(register)).toEqual(['BAD_USER_INPUT']);
    const filter = await send({
      query: '{ dwellings(first: 5, filter: { communes: ["Rou\u0000en"] }) { totalCount } }',
    });
    expect(codes(filter)).toEqual(['BAD_USER_INPUT']);
    const after = await system.orms.households.em
      .fork()
      .getConnection()
      .execute('select count(*)::int as n from households.household');
    expect(after).toEqual(before);
  });
});

describe('malformed operations', () => {
  it('answers an unknown operationName with HTTP 400 and a code', async () => {
    const answer = await send({ query: 'query A { __typename }', operationName: 'B' });
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
  });

  it('answers two operations without an operationName with HTTP 400 and a code', async () => {
    const answer = await send({ query: 'query A { __typename } query B { __typename }' });
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('the log of requests that end in an error', () => {
  it('has one JSON line per such request, with the gateway’s request id, the subgraph and the code, and no personal data', async () => {
    lines.length = 0;
    const answer = await send(
      {
        query: 'mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }',
        variables: {
          input: {
            reference: 'SECRET-REF',
            members: [
              {
                // Born tomorrow: the households subgraph refuses it.
                firstName: 'Zéphyrine',
                lastName: 'Confidentielle',
                birthDate: tomorrow,
                role: 'ADULT',
              },
            ],
            monthlyResourcesCents: 90_000,
            housingBenefitCents: 0,
          },
        },
      },
      // A client's own id is kept apart, as a correlation id; the gateway makes its own.
      { 'x-request-id': 'client-chosen-id' },
    );
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
    const served = await send({ query: '{ dwellings(first: 1) { totalCount } }' });
    expect(served.body.errors).toBeUndefined();
    await new Promise((resolve) => setImmediate(resolve));
    const errorLines = lines.filter((l) => l.msg === 'request failed');
    expect(errorLines).toHaveLength(1);
    const [line] = errorLines;
    expect(line).toMatchObject({
      requestId: answer.requestId,
      correlationId: 'client-chosen-id',
      operation: 'mutation',
      errors: [{ code: 'BAD_USER_INPUT', subgraph: 'households', path: 'registerHousehold' }],
    });
    expect(answer.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const text = JSON.stringify(lines);
    for (const personal of ['Zéphyrine', 'Confidentielle', 'SECRET-REF', tomorrow])
      expect(text).not.toContain(personal);
  });
});
