import { ACCOMPANIMENT_POLICY, buildSchema as accompanimentSchema } from '@ash/accompaniment';
import { FINANCING_POLICY, buildSchema as financingSchema } from '@ash/financing';
import { HOUSEHOLDS_POLICY, buildSchema as householdsSchema } from '@ash/households';
import { HOUSING_POLICY, buildSchema as housingSchema } from '@ash/housing';
import {
  buildFederatedSchema,
  entityTypeNames,
  Role,
  rolesOf,
  type SubgraphPolicy,
  sensitiveFields,
  undeclaredFields,
} from '@ash/kit';
import { type GraphQLObjectType, type GraphQLSchema, isNonNullType } from 'graphql';
import { Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { readAccessPolicy, renderAccessPolicy } from '../src';

@ObjectType()
class Probe {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  /** Added without a word in the policy. */
  @Field()
  secret: string;
}

@Resolver(() => Probe)
class ProbeResolver {
  @Query(() => Probe)
  probe(): Probe {
    return { id: '1', name: 'probe', secret: 'hidden' };
  }
}

const READERS = [Role.SocialManager, Role.Admin];
const PROBE_POLICY: SubgraphPolicy = {
  subgraph: 'probe',
  scope: 'probe:read',
  types: {
    Query: { read: READERS, fields: { probe: READERS } },
    Probe: { read: READERS, fields: { id: READERS, name: READERS } },
  },
  mutations: {},
};

describe('the access policy', () => {
  it('refuses at start-up a schema with a field the policy does not declare', async () => {
    await expect(buildFederatedSchema({ resolvers: [ProbeResolver], policy: PROBE_POLICY })).rejects.toThrow(
      /Access policy of probe does not fit its schema:\n- Probe\.secret is not declared/,
    );
    const declared: SubgraphPolicy = {
      ...PROBE_POLICY,
      types: {
        ...PROBE_POLICY.types,
        Probe: { read: READERS, fields: { id: READERS, name: READERS, secret: [Role.Admin] } },
      },
    };
    // Some reader of Probe may not read the non-null `secret`: it must become nullable first.
    await expect(buildFederatedSchema({ resolvers: [ProbeResolver], policy: declared })).rejects.toThrow(
      /Probe\.secret must be nullable: SOCIAL_MANAGER may read Probe/,
    );
    const everyoneReadsIt: SubgraphPolicy = {
      ...PROBE_POLICY,
      types: {
        ...PROBE_POLICY.types,
        Probe: { read: READERS, fields: { id: READERS, name: READERS, secret: READERS } },
      },
    };
    const schema = await buildFederatedSchema({ resolvers: [ProbeResolver], policy: everyoneReadsIt });
    expect(undeclaredFields(schema, PROBE_POLICY)).toEqual(['Probe.secret']);
  });

  it('gives an entity the same readers in every subgraph that resolves it', async () => {
    const readers = new Map<string, Map<string, Role[]>>();
    for (const [policy, build] of [
      [HOUSING_POLICY, housingSchema],
      [HOUSEHOLDS_POLICY, householdsSchema],
      [ACCOMPANIMENT_POLICY, accompanimentSchema],
      [FINANCING_POLICY, financingSchema],
    ] as const) {
      for (const name of entityTypeNames(await build())) {
        const bySubgraph = readers.get(name) ?? new Map<string, Role[]>();
        bySubgraph.set(policy.subgraph, rolesOf(policy.types[name].read).sort());
        readers.set(name, bySubgraph);
      }
    }
    for (const [name, bySubgraph] of readers) {
      const [first, ...others] = [...bySubgraph.values()];
      for (const other of others) expect([name, other]).toEqual([name, first]);
    }
    expect([...readers.keys()].filter((name) => readers.get(name)!.size > 1).sort()).toEqual([
      'Convention',
      'Dwelling',
      'Household',
      'IndicatorSet',
      'SubjectAccessExport',
      'User',
    ]);
  });

  it('makes nullable what a subgraph adds to an entity an integrator may read through another one', async () => {
    // Integrators read each subgraph with its own scope: one with households:read but not
    // housing:read reads a household and is refused the fields housing adds to it. Non-null, such a
    // refusal would null the household, and a whole list of them with it (observed on
    // Household.accompaniments before it became nullable).
    const subgraphs = await Promise.all(
      (
        [
          [HOUSING_POLICY, housingSchema],
          [HOUSEHOLDS_POLICY, householdsSchema],
          [ACCOMPANIMENT_POLICY, accompanimentSchema],
          [FINANCING_POLICY, financingSchema],
        ] as const
      ).map(async ([policy, build]) => ({ policy, schema: await build() })),
    );
    const fieldsOf = (schema: GraphQLSchema, name: string) =>
      Object.values((schema.getType(name) as GraphQLObjectType).getFields()).filter(
        (field) => !field.astNode?.directives?.some((d) => d.name.value === 'external'),
      );
    const problems: string[] = [];
    const contributed: string[] = [];
    for (const name of new Set(subgraphs.flatMap(({ schema }) => entityTypeNames(schema)))) {
      const holders = subgraphs.filter(({ schema }) => entityTypeNames(schema).includes(name));
      // The owner declares the type in full; the others add a field or two to it.
      const [owner, ...contributors] = holders.sort(
        (a, b) => fieldsOf(b.schema, name).length - fieldsOf(a.schema, name).length,
      );
      if (!rolesOf(owner.policy.types[name].read).includes(Role.Integrator)) continue;
      for (const { policy, schema } of contributors) {
        for (const field of fieldsOf(schema, name).filter((f) => f.name !== 'id')) {
          contributed.push(`${policy.subgraph}: ${name}.${field.name}`);
          if (isNonNullType(field.type))
            problems.push(`${policy.subgraph}: ${name}.${field.name} is non-null`);
        }
      }
    }
    expect(problems).toEqual([]);
    // What the rule covers today, so that it cannot pass by finding nothing.
    expect(contributed.length).toBeGreaterThan(3);
  });

  it('marks justice, diagnostic, health, contact-note, alert, arrears and subject access fields sensitive', () => {
    expect(sensitiveFields(HOUSEHOLDS_POLICY)).toEqual([
      'Household.targetPublic',
      // Whether the household is one of the programme's publics: less than the target public, still
      // a fact about a fragile household, audited when read and never given to integrators.
      'Household.priorityPublic',
      'SubjectAccessExport.households',
    ]);
    expect(sensitiveFields(HOUSING_POLICY)).toEqual([
      'RentAccount.arrearsCents',
      'RentAccount.monthsInArrears',
      'RentEntry.chargedCents',
      'RentEntry.paidCents',
      'SubjectAccessExport.housing',
    ]);
    expect(sensitiveFields(ACCOMPANIMENT_POLICY)).toEqual(
      expect.arrayContaining([
        'Contact.note',
        'Diagnostic.areas',
        'Diagnostic.goals',
        'DiagnosticArea.needs',
        'Alert.signs',
        'Alert.description',
        'SubjectAccessExport.accompaniment',
      ]),
    );
    // No person's data in financing; its part of a subject access export is audited all the same.
    expect(sensitiveFields(FINANCING_POLICY)).toEqual(['SubjectAccessExport.financing']);
  });

  it('is documented in docs/access-policy.md, kept fresh (npm run docs:policy)', async () => {
    expect(readAccessPolicy()).toBe(await renderAccessPolicy());
  });
});
