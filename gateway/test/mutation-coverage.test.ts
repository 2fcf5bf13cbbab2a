import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { ROLES, type Role, writeMatrix } from './write-matrix';

/*
 * The dashboard is where people work: every mutation of the API has a form or a button there, shown
 * to roles that may call it and to no other (a button the API would refuse is not shown). The
 * exceptions are written below with their reason. No server is started: the supergraph, the
 * dashboard's generated documents and its capabilities are read as files.
 */

// Meant for integrators or administrators only, not for a person's daily work in the dashboard.
const NOT_IN_DASHBOARD: Record<string, string> = {
  recordStaffMember:
    'administrators only: the directory follows the accounts operators open in the identity provider (docs/people.md); managers read it in "Annuaire"',
  recordOrganisation:
    'administrators only: the organisations of the programme are set up with the platform (docs/people.md); managers read them in "Annuaire"',
};

const root = path.resolve(__dirname, '..', '..');
const supergraph = buildSchema(readFileSync(path.join(root, 'schema', 'supergraph.graphql'), 'utf8'), {
  assumeValidSDL: true,
});
const mutations = Object.keys(supergraph.getMutationType()?.getFields() ?? {}).sort();

// The client is an ES module outside the gateway's rootDir (see dashboard-queries.test.ts).
const {
  can,
  MUTATION_CAPABILITIES,
}: {
  can: (role: Role, capability: string) => boolean;
  MUTATION_CAPABILITIES: Record<string, string>;
} = require('../../client/src/auth/permissions');
const generated: Record<string, unknown> = require('../../client/src/gql/graphql');

/** The mutations the dashboard's documents call (codegen's typed documents, one per operation). */
function dashboardMutations(): Set<string> {
  const called = new Set<string>();
  for (const document of Object.values(generated)) {
    const definitions = (document as { definitions?: OperationDefinitionNode[] })?.definitions;
    for (const definition of definitions ?? []) {
      if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== 'mutation') continue;
      for (const selection of definition.selectionSet.selections)
        if (selection.kind === Kind.FIELD) called.add(selection.name.value);
    }
  }
  return called;
}

const matrix = writeMatrix('2026-01-01', '00000000-0000-4000-8000-000000000000');
const allowed = (mutation: string): Role[] => ROLES.filter((_, i) => matrix[mutation]?.expected[i] === 'ok');

describe('mutations in the dashboard', () => {
  it('reads the documents it checks', () => {
    // Guards the parsing itself: the contact form's mutation is called by the dashboard.
    expect(dashboardMutations()).toContain('recordContact');
    expect(parse('mutation { a }').definitions).toHaveLength(1);
  });

  it('has the authorization matrix row of every mutation of the supergraph', () => {
    expect(Object.keys(matrix).sort()).toEqual(mutations);
  });

  it('offers every mutation in the dashboard, or says why not', () => {
    const called = dashboardMutations();
    const missing = mutations.filter((m) => !NOT_IN_DASHBOARD[m] && !called.has(m));
    const declared = mutations.filter((m) => !NOT_IN_DASHBOARD[m] && !MUTATION_CAPABILITIES[m]);
    expect({ missing, declared }).toEqual({ missing: [], declared: [] });
    // An exception names a mutation that exists, that only integrators or administrators may call,
    // and that the dashboard does not call anyway.
    for (const m of Object.keys(NOT_IN_DASHBOARD)) {
      expect(mutations).toContain(m);
      expect({ m, allowed: allowed(m).filter((role) => role !== 'INTEGRATOR' && role !== 'ADMIN') }).toEqual({
        m,
        allowed: [],
      });
      expect(called.has(m)).toBe(false);
    }
  });

  it('shows each form to roles the API lets call it, and to no other', () => {
    const shownToRefused: Record<string, Role[]> = {};
    const shownToNobody: string[] = [];
    for (const [mutation, capability] of Object.entries(MUTATION_CAPABILITIES)) {
      const shown = ROLES.filter((role) => can(role, capability));
      const refused = shown.filter((role) => !allowed(mutation).includes(role));
      if (refused.length) shownToRefused[mutation] = refused;
      // A dashboard user (not an integrator's system) who may call it sees it.
      if (!shown.some((role) => role !== 'INTEGRATOR')) shownToNobody.push(mutation);
    }
    expect({ shownToRefused, shownToNobody }).toEqual({ shownToRefused: {}, shownToNobody: [] });
  });
});
