import { buildFederatedSchema } from '@ash/kit';
import type { GraphQLSchema } from 'graphql';
import { ConventionResolver, conventionReference } from './modules/convention/convention.resolver';
import { EvaluationResolver, evaluationReference } from './modules/evaluation/evaluation.resolver';
import { FunderResolver, funderReference } from './modules/funder/funder.resolver';
import { FundingLineResolver, fundingLineReference } from './modules/funding-line/funding-line.resolver';
import { FINANCING_POLICY } from './policy';

export function buildSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [ConventionResolver, FunderResolver, FundingLineResolver, EvaluationResolver],
    referenceResolvers: {
      Convention: conventionReference,
      Funder: funderReference,
      FundingLine: fundingLineReference,
      Evaluation: evaluationReference,
    },
    policy: FINANCING_POLICY,
  });
}
