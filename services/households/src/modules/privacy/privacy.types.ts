import { GraphQLJSON } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'Everything the platform holds about a household (right of access): each subgraph adds its part as plain JSON',
})
@Directive('@key(fields: "householdId")')
export class SubjectAccessExport {
  @Field(() => ID)
  householdId: string;

  /** The household id again: the audit trail records reads of the export against the household. */
  id: string;

  @Field(() => Date)
  exportedAt: Date;

  @Field(() => GraphQLJSON, {
    description: 'The household, its members, its applications with their transitions and candidacies',
  })
  households?: unknown;
}

@ObjectType({
  description: 'What an erasure did (right to erasure): the household is anonymised, never deleted',
})
export class ErasureReceipt {
  @Field(() => ID)
  householdId: string;

  @Field(() => Date)
  erasedAt: Date;

  @Field({ description: 'User id of who erased it, or retention-job' })
  erasedBy: string;

  @Field(() => Int)
  membersAnonymised: number;

  @Field(() => Int)
  applicationsAnonymised: number;
}
