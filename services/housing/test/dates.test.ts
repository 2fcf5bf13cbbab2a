import { buildDemoPlan } from '@ash/demo';
import { frozenClock, type SubgraphServer } from '@ash/kit';
import { actorFor } from '@ash/testkit';
import { createServer } from '../src';
import { type HousingUnderTest, startHousing, stopHousing } from './support';

/*
 * Housing's date rules at midnight in Paris while UTC is still in the day (or year) before. The
 * servers run on clocks frozen there; expectations are written by hand.
 */

const plan = buildDemoPlan({ dwellings: 200, applications: 20, today: '2026-11-15' });
const rental = actorFor('RENTAL_MANAGER');
// A lease running since before 2026, still running.
const lease = plan.leases.find((l) => l.endDate === null && l.startDate < '2026-01-01')!;

let housing: HousingUnderTest;
const servers: SubgraphServer[] = [];

async function at(instant: string): Promise<SubgraphServer> {
  const server = await createServer({
    orm: housing.orm,
    gatewaySecret: 'test-secret',
    clock: frozenClock(instant),
  });
  servers.push(server);
  return server;
}

beforeAll(async () => {
  housing = await startHousing('housing_dates', plan);
});

afterAll(async () => {
  for (const server of servers) await server.stop();
  await stopHousing(housing);
});

const PAY = `mutation($input: RecordRentPaymentInput!) { recordRentPayment(input: $input) { id } }`;
const january = { leaseId: lease.id, month: '2027-01-01', chargedCents: 40_200, paidCents: 40_200 };

describe('the current month of a rent account at midnight in Paris', () => {
  it('refuses January 2027 at 23:30 on 31 December 2026 in Paris: a month to come', async () => {
    const result = await (await at('2026-12-31T22:30:00Z')).execute(rental, PAY, { input: january });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('records January 2027 at 00:30 on 1 January 2027 in Paris, while UTC is still in December', async () => {
    const result = await (await at('2026-12-31T23:30:00Z')).execute(rental, PAY, { input: january });
    expect(result.errors).toBeUndefined();
  });
});
