import { buildDemoPlan } from '@ash/demo';
import { createGateway, readConfig } from '../src';
import { type GraphQLResponse, startSystem, type TestSystem } from './system';

const plan = buildDemoPlan({ dwellings: 400, applications: 60 });
let system: TestSystem;

beforeAll(async () => {
  system = await startSystem(plan);
});

afterAll(async () => {
  await system?.stop();
});

// A subgraph that does not answer: a coded error naming it (not a masked internal error), which
// the dashboard shows as "this part is unavailable"; queries on the other subgraphs still work.
// (A non-null field of the missing subgraph nulls its parent: the dashboard asks each subgraph's
// data in a query of its own.)
it('answers SERVICE_UNAVAILABLE naming the subgraph that is down, and serves the others', async () => {
  const gateway = await createGateway(
    readConfig({ ...system.gatewayEnv, ACCOMPANIMENT_URL: 'http://127.0.0.1:9/graphql' }),
  );
  const { url } = await gateway.listen(0);
  const token = await system.token('SOCIAL_MANAGER');
  const post = async (query: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as GraphQLResponse;
  };
  try {
    const down = await post('{ accompaniments(first: 3) { totalCount } }');
    expect(down.errors).toEqual([
      expect.objectContaining({
        message: 'The accompaniment subgraph is unavailable',
        extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', subgraph: 'accompaniment' }),
      }),
    ]);
    const up = await post(
      '{ households(first: 3) { totalCount edges { node { id currentLease { id } } } } }',
    );
    expect(up.errors).toBeUndefined();
    expect(up.data?.households.edges).toHaveLength(3);
  } finally {
    await gateway.stop();
  }
});
