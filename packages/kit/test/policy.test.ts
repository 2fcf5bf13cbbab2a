import { buildSchema } from 'graphql';
import { policyProblems, Role, type SubgraphPolicy, sensitive, when } from '../src';

// A schema of two fields, and policies that guard them with conditions of every kind.
const schema = buildSchema(`
  type Query { households: [Household!]! }
  type Household { id: ID! organisation: String! targetPublic: String arrearsCents: Int }
`);
const { RentalManager, SocialManager } = Role;

function policy(household: SubgraphPolicy['types'][string]): SubgraphPolicy {
  return {
    subgraph: 'test',
    scope: 'test:read',
    types: {
      Query: { read: [RentalManager, SocialManager], fields: { households: [RentalManager, SocialManager] } },
      Household: household,
    },
    mutations: {},
  };
}

describe('conditional grants at start-up', () => {
  it('refuses a grant that depends on the very value it protects', () => {
    const problems = policyProblems(
      schema,
      policy({
        read: [RentalManager, SocialManager],
        fields: {
          id: [RentalManager, SocialManager],
          organisation: [RentalManager, SocialManager],
          arrearsCents: sensitive([SocialManager]),
          targetPublic: sensitive([
            SocialManager,
            when(
              RentalManager,
              'unless it is LEAVING_PRISON',
              ['targetPublic'],
              (_a, h: { targetPublic?: string }) => h.targetPublic !== 'LEAVING_PRISON',
            ),
          ]),
        },
      }),
    );
    expect(problems).toEqual([
      'Household.targetPublic: the RENTAL_MANAGER grant depends on targetPublic, the value it protects',
    ]);
  });

  it('refuses a grant that depends on another sensitive field of the row, at the type or a field', () => {
    const onArrears = when(
      RentalManager,
      'without arrears',
      ['arrearsCents'],
      (_a, h: { arrearsCents?: number }) => !h.arrearsCents,
    );
    const problems = policyProblems(
      schema,
      policy({
        read: [SocialManager, onArrears],
        fields: {
          id: [RentalManager, SocialManager],
          organisation: [SocialManager, onArrears],
          arrearsCents: sensitive([SocialManager]),
          targetPublic: sensitive([SocialManager]),
        },
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'Household: the RENTAL_MANAGER grant depends on arrearsCents, a sensitive field',
        'Household.organisation: the RENTAL_MANAGER grant depends on arrearsCents, a sensitive field',
      ]),
    );
  });

  it('accepts a grant that depends on non-sensitive facts of the row (its organisation)', () => {
    const ofOwnOrganisation = when(
      RentalManager,
      'of their own organisation',
      ['organisation'],
      (actor, h: { organisation?: string }) => h.organisation === actor.organisation,
    );
    expect(
      policyProblems(
        schema,
        policy({
          read: [RentalManager, SocialManager],
          fields: {
            id: [RentalManager, SocialManager],
            organisation: [RentalManager, SocialManager],
            arrearsCents: sensitive([SocialManager, ofOwnOrganisation]),
            targetPublic: sensitive([SocialManager]),
          },
        }),
      ).filter((p) => p.includes('grant depends')),
    ).toEqual([]);
  });
});
