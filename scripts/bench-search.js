#!/usr/bin/env node
// `npm run bench:search`: the header's search at department scale.
// Seeds 50,000 dwellings and 10,000 applications into a fresh database, starts the system as
// `npm start` does, then sends the dashboard's search (households and dwellings, 8 of each) through
// the gateway as one types: every prefix (2 characters and more) of real names, household
// references, registration numbers, dwelling references and addresses taken from the data, typed
// as a hurried user does (lower case, no accents). Prints the median and 95th percentile, overall
// and by kind; the same searches on the database alone (both statements) and the floor of any
// request through the gateway at that moment; then EXPLAIN ANALYZE of both statements for a few
// inputs and the indexes they use (BENCH_PLANS=1 prints the plans).
// Options: --dwellings N --applications N --samples N (items per kind); DATABASE_URL: use that
// server instead of an embedded one (the script creates and drops its own `ash_bench_search`).
const path = require('node:path');
const os = require('node:os');
const { parseArgs } = require('node:util');
const { Client } = require('pg');
const { dropDatabase, ensureDatabase, freePort, startEmbeddedPostgres, withDatabase } = require('@ash/db');
const { demoUser } = require('@ash/demo');
const { DEV_JWT_SECRET, signDevToken } = require('@ash/gateway');
const { searchTerms } = require('@ash/kit');
const { migrateAll, seedAll, startPlatform } = require('@ash/platform');

// The dashboard's own query (client/src/app/HeaderSearch.tsx), for a role that may search both.
const SEARCH = `query HeaderSearch($text: String!, $first: Int!, $households: Boolean!, $dwellings: Boolean!) {
  searchHouseholds(text: $text, first: $first) @include(if: $households) {
    id reference members { id firstName lastName role } applications { id registrationNumber }
  }
  searchDwellings(text: $text, first: $first) @include(if: $dwellings) {
    id reference typology residence { id address postalCode commune }
  }
}`;

/** Lower case, without accents: what a hurried user types. */
const plain = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Every prefix of 2 characters and more, as typed (at most 14 characters: by then one has found it). */
const prefixes = (text) => {
  const typed = plain(text).slice(0, 14);
  const out = [];
  for (let n = 2; n <= typed.length; n++) if (typed[n - 1] !== ' ') out.push(typed.slice(0, n));
  return out;
};

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

async function main() {
  require('./build')();
  const { values } = parseArgs({
    options: { dwellings: { type: 'string' }, applications: { type: 'string' }, samples: { type: 'string' } },
  });
  const dwellings = Number(values.dwellings ?? 50_000);
  const applications = Number(values.applications ?? 10_000);
  const samples = Number(values.samples ?? 8);
  const root = path.join(__dirname, '..');
  const server = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres({ dataDir: path.join(root, '.data', 'bench-postgres') });
  const url = withDatabase(server.url, 'ash_bench_search');
  let platform;
  try {
    await dropDatabase(server.url, 'ash_bench_search');
    await ensureDatabase(server.url, 'ash_bench_search');
    const urlOf = () => url;
    await migrateAll(urlOf);
    const seeded = Date.now();
    const { plan } = await seedAll(urlOf, { dwellings, applications });
    console.log(
      `Seeded ${plan.dwellings.length} dwellings (${plan.residences.length} residences), ${plan.households.length} households and ${plan.applications.length} applications in ${Date.now() - seeded} ms`,
    );
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query('analyze');

    // What is typed: items spread evenly over the data (deterministic), each typed letter by letter.
    const every = (list, n) =>
      Array.from({ length: n }, (_, i) => list[Math.floor(((i + 0.5) * list.length) / n)]);
    const residenceOf = new Map(plan.residences.map((r) => [r.id, r]));
    const inputs = {
      'household name': every(plan.households, samples).map((h) => {
        const adult = h.members.find((m) => m.role === 'ADULT') ?? h.members[0];
        return `${adult.lastName} ${adult.firstName}`;
      }),
      'household reference': every(plan.households, samples).map((h) => h.reference),
      'registration number': every(plan.applications, samples).map((a) => a.registrationNumber),
      'dwelling reference': every(plan.dwellings, samples).map((d) => d.reference),
      address: every(plan.dwellings, samples).map((d) => residenceOf.get(d.residenceId).address),
    };
    const searches = Object.entries(inputs).flatMap(([kind, items]) =>
      items.flatMap((item) => prefixes(item).map((text) => ({ kind, text }))),
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
        // Back to back, the benchmark sends more than the 50 requests a second one user may.
        GATEWAY_RATE_LIMIT_PER_SECOND: '100000',
        GATEWAY_RATE_LIMIT_BURST: '100000',
      },
    });
    const token = await signDevToken(demoUser('SOCIAL_MANAGER'), DEV_JWT_SECRET);
    const search = async (text) => {
      const response = await fetch(platform.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: SEARCH,
          variables: { text, first: 8, households: true, dwellings: true },
        }),
      });
      const body = await response.json();
      if (body.errors) throw new Error(`${text}: ${JSON.stringify(body.errors)}`);
      return body.data;
    };
    for (const text of ['ma', 'men-01', 'rue']) await search(text); // warm-up

    const byKind = new Map();
    const all = [];
    let found = 0;
    for (const { kind, text } of searches) {
      const started = process.hrtime.bigint();
      const data = await search(text);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (data.searchHouseholds.length + data.searchDwellings.length > 0) found++;
      all.push(ms);
      byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
    }
    // The same searches on the database alone (both statements, one after the other), and the floor
    // of a request through the gateway on this machine at this moment (a one-row list of residences).
    const { householdSearchStatement } = require('@ash/households');
    const { dwellingSearchStatement } = require('@ash/housing');
    const positional = (sql) => {
      let n = 0;
      return sql.replace(/\?/g, () => `$${++n}`);
    };
    const sqlTimes = [];
    for (const { text } of searches) {
      const terms = searchTerms(text, 8);
      const started = process.hrtime.bigint();
      for (const statement of [householdSearchStatement(terms, null), dwellingSearchStatement(terms)]) {
        await client.query(positional(statement.sql), statement.params);
      }
      sqlTimes.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    const floor = [];
    for (let i = 0; i < 50; i++) {
      const started = process.hrtime.bigint();
      const response = await fetch(platform.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ residences(first: 1) { edges { node { id } } } }' }),
      });
      await response.json();
      floor.push(Number(process.hrtime.bigint() - started) / 1e6);
    }

    // The full item, once typed, is found first (or among equals: names are shared at this scale).
    const exact = [];
    for (const kind of ['household reference', 'registration number', 'dwelling reference']) {
      for (const item of inputs[kind]) {
        const data = await search(item);
        const first =
          kind === 'dwelling reference'
            ? data.searchDwellings[0]?.reference
            : kind === 'household reference'
              ? data.searchHouseholds[0]?.reference
              : data.searchHouseholds[0]?.applications.map((a) => a.registrationNumber).includes(item) &&
                item;
        exact.push(first === item);
      }
    }

    console.log(
      `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, PostgreSQL ${(await client.query('show server_version')).rows[0].server_version}`,
    );
    const line = (label, list) =>
      `${label.padEnd(22)} ${String(list.length).padStart(4)} searches  median ${percentile(list, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(list, 95).toFixed(1).padStart(6)} ms  max ${Math.max(
        ...list,
      )
        .toFixed(1)
        .padStart(6)} ms`;
    console.log('Through the gateway (households and dwellings, 8 of each), as a social manager:');
    console.log(line('all', all));
    for (const [kind, list] of byKind) console.log(line(kind, list));
    console.log(line('database alone', sqlTimes));
    console.log(line('gateway floor', floor));
    console.log(`Searches with at least one result: ${found} of ${all.length}`);
    console.log(
      `Whole references and numbers found first: ${exact.filter(Boolean).length} of ${exact.length}`,
    );

    // The plans: which index each statement uses, at this scale.
    const explain = async (label, statement) => {
      const { rows } = await client.query(
        `explain (analyze, costs off) ${statement.sql.replace(/\?/g, () => `$${++explain.n}`)}`,
        statement.params,
      );
      explain.n = 0;
      const text = rows.map((r) => r['QUERY PLAN']).join('\n');
      const indexes = [
        ...new Set([...text.matchAll(/Index (?:Only )?Scan (?:using|on) (\S+)/g)].map((m) => m[1])),
      ];
      const time = /Execution Time: ([\d.]+) ms/.exec(text)?.[1];
      console.log(`EXPLAIN ${label.padEnd(40)} ${time} ms, indexes: ${indexes.join(', ') || 'none'}`);
      if (process.env.BENCH_PLANS) console.log(text);
    };
    explain.n = 0;
    const worker = demoUser('SUPPORT_WORKER').userId;
    for (const text of ['ma', 'mart', 'martin', 'men-0123', plan.applications[42].registrationNumber]) {
      await explain(`households "${text}"`, householdSearchStatement(searchTerms(text, 8), null));
    }
    await explain(
      'households "martin", a support worker',
      householdSearchStatement(searchTerms('martin', 8), worker),
    );
    for (const text of ['icf-7', 'icf-76000-0012', 'rue saint', 'boulevard d orleans']) {
      await explain(`dwellings "${text}"`, dwellingSearchStatement(searchTerms(text, 8)));
    }
    await client.end();
  } finally {
    await platform?.stop();
    await dropDatabase(server.url, 'ash_bench_search').catch(() => {});
    await server.stop();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  });
}
