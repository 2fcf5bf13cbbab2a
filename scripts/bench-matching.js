#!/usr/bin/env node
// `npm run bench:matching`: the awaiting-commission view at department scale.
// Seeds 50,000 dwellings and 10,000 applications into a fresh database, starts the system as
// `npm start` does, then times (1) through the gateway: 50 applications READY_FOR_COMMISSION, each
// household with its 3 best matching dwellings and the reasons; (2) the same result from one
// hand-written SQL query on the database. Prints both medians and their ratio.
// Options: --dwellings N --applications N --runs N (DATABASE_URL: use that server instead of an
// embedded one; the script creates and drops its own `ash_bench` database there).
const path = require('node:path');
const os = require('node:os');
const { parseArgs } = require('node:util');
const { Client } = require('pg');
const { dropDatabase, ensureDatabase, freePort, startEmbeddedPostgres, withDatabase } = require('@ash/db');
const { demoUser } = require('@ash/demo');
const { DEV_JWT_SECRET, signDevToken } = require('@ash/gateway');
const { migrateAll, seedAll, startPlatform } = require('@ash/platform');

const VIEW = `query($first: Int) {
  applications(filter: { statuses: [READY_FOR_COMMISSION] }, first: $first) {
    edges { node { id household { id matchingDwellings(first: 3) { score reasons dwelling { id reference } } } } }
  }
}`;

// The same matches in one statement, written by hand against both schemas with the default rule
// settings (effort ceiling 30 %, horizon 90 days, typologies by size from DESIGN.md).
const HAND_WRITTEN = `
with sizes(size, typologies) as (
  values (1, array['T1','T2']), (2, array['T2','T3']), (3, array['T3','T2','T4']),
         (4, array['T3','T4']), (5, array['T4','T5']), (6, array['T5','T6'])
), page as (
  select a.id as application_id, h.id as household_id,
         (select count(*) from households.person p where p.household_id = h.id) as size,
         h.monthly_resources_cents as resources, h.housing_benefit_cents as benefit, h.dalo, h.pdalpd,
         h.step_free_access_need as step_free, a.desired_typologies, a.desired_communes, a.max_rent_cents
    from households.application a join households.household h on h.id = a.household_id
   where a.status = 'READY_FOR_COMMISSION'
   order by a.submitted_at, a.id
   limit $1
)
select page.application_id, m.id as dwelling_id, m.reference, m.score
  from page
  join sizes s on s.size = least(greatest(page.size, 1), 6)
  cross join lateral (
    select d.id, d.reference,
           round(
             case array_position(s.typologies, d.typology::text) when 1 then 40 when 2 then 25 else 15 end
             + 30 * greatest(0, 1 - (greatest(0, d.rent_cents + d.service_charges_cents - page.benefit)::numeric / page.resources) / 0.30)
             + 20 * greatest(0, 1 - greatest(0, coalesce(d.available_from, $2::date) - $2::date) / 90.0)
             + case when d.low_rent then 10 else 0 end
           ) as score
      from housing.dwelling d join housing.residence r on r.id = d.residence_id
     where d.status in ('VACANT', 'NOTICE_GIVEN')
       and coalesce(d.available_from, $2::date) <= $2::date + 90
       and d.typology = any(s.typologies)
       and (cardinality(page.desired_typologies) = 0 or d.typology = any(page.desired_typologies))
       and r.commune = any(page.desired_communes)
       and page.resources > 0
       and greatest(0, d.rent_cents + d.service_charges_cents - page.benefit)::numeric / page.resources <= 0.30
       and (page.max_rent_cents is null or d.rent_cents + d.service_charges_cents <= page.max_rent_cents)
       and (d.contingent in ('LANDLORD', 'CITY') or (d.contingent = 'PREFECTURE' and (page.dalo or page.pdalpd)))
       and (not page.step_free or d.step_free_access)
     order by score desc, d.reference
     limit 3
  ) m
 order by page.application_id, m.score desc, m.reference`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function time(fn, runs) {
  for (let i = 0; i < 3; i++) await fn(); // warm-up
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return samples;
}

async function main() {
  require('./build')();
  const { values } = parseArgs({
    options: { dwellings: { type: 'string' }, applications: { type: 'string' }, runs: { type: 'string' } },
  });
  const dwellings = Number(values.dwellings ?? 50_000);
  const applications = Number(values.applications ?? 10_000);
  const runs = Number(values.runs ?? 30);
  const root = path.join(__dirname, '..');
  const server = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres({ dataDir: path.join(root, '.data', 'bench-postgres') });
  const url = withDatabase(server.url, 'ash_bench');
  let platform;
  try {
    await dropDatabase(server.url, 'ash_bench');
    await ensureDatabase(server.url, 'ash_bench');
    const urlOf = () => url;
    await migrateAll(urlOf);
    const seeded = Date.now();
    const { plan } = await seedAll(urlOf, { dwellings, applications });
    console.log(
      `Seeded ${plan.dwellings.length} dwellings and ${plan.applications.length} applications in ${Date.now() - seeded} ms`,
    );

    const ports = await Promise.all([0, 1, 2, 3, 4].map(() => freePort()));
    platform = await startPlatform({
      root,
      log: () => {},
      env: {
        ...process.env,
        DATABASE_URL: url,
        GATEWAY_PORT: String(ports[0]),
        HOUSING_PORT: String(ports[1]),
        HOUSEHOLDS_PORT: String(ports[2]),
        ACCOMPANIMENT_PORT: String(ports[3]),
        FINANCING_PORT: String(ports[4]),
      },
    });
    const token = await signDevToken(demoUser('SOCIAL_MANAGER'), DEV_JWT_SECRET);
    const viaGateway = async () => {
      const response = await fetch(platform.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: VIEW, variables: { first: 50 } }),
      });
      const body = await response.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data.applications.edges;
    };
    const client = new Client({ connectionString: url });
    await client.connect();
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
    const direct = async () => (await client.query(HAND_WRITTEN, [50, day])).rows;

    // Same answer both ways (dwelling ids per application).
    const edges = await viaGateway();
    const rows = await direct();
    const key = (application, ids) => `${application}:${[...ids].sort().join(',')}`;
    const fromGateway = new Set(
      edges.map((e) =>
        key(
          e.node.id,
          e.node.household.matchingDwellings.map((m) => m.dwelling.id),
        ),
      ),
    );
    const byApplication = new Map();
    for (const row of rows)
      byApplication.set(row.application_id, [
        ...(byApplication.get(row.application_id) ?? []),
        row.dwelling_id,
      ]);
    const fromSql = new Set(edges.map((e) => key(e.node.id, byApplication.get(e.node.id) ?? [])));
    const differing = [...fromGateway].filter((k) => !fromSql.has(k)).length;
    const matched = edges.reduce((n, e) => n + e.node.household.matchingDwellings.length, 0);

    const gatewayMs = median(await time(viaGateway, runs));
    const sqlMs = median(await time(direct, runs));
    await client.end();
    console.log(
      `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    );
    console.log(
      `View: 50 applications READY_FOR_COMMISSION, ${matched} matches shown; answers differing between the two: ${differing}`,
    );
    console.log(`Gateway (4 subgraphs, federation):  median ${gatewayMs.toFixed(1)} ms over ${runs} runs`);
    console.log(`Hand-written SQL (one statement):   median ${sqlMs.toFixed(1)} ms over ${runs} runs`);
    console.log(`Ratio gateway / SQL: ${(gatewayMs / sqlMs).toFixed(1)}×`);
  } finally {
    await platform?.stop();
    await dropDatabase(server.url, 'ash_bench').catch(() => {});
    await server.stop();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  });
}

module.exports = { HAND_WRITTEN };
