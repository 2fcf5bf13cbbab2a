import { buildFederatedSchema, userStubReference } from '@ash/kit';
import type { GraphQLSchema } from 'graphql';
import { ConventionConsumptionResolver } from './modules/consumption/consumption.resolver';
import { ConventionResolver, conventionReference } from './modules/convention/convention.resolver';
import { EvaluationResolver, evaluationReference } from './modules/evaluation/evaluation.resolver';
import { FunderResolver, funderReference } from './modules/funder/funder.resolver';
import { FundingLineResolver, fundingLineReference } from './modules/funding-line/funding-line.resolver';
import { IndicatorSetResolver, indicatorSetReference } from './modules/indicators/indicators.resolver';
import { PEOPLE_RESOLVERS } from './modules/people/people.resolver';
import {
  SubjectAccessExport,
  SubjectAccessResolver,
  subjectAccessExportReference,
} from './modules/privacy/subject-access';
import { FINANCING_POLICY } from './policy';

export function buildSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      ConventionResolver,
      ConventionConsumptionResolver,
      FunderResolver,
      FundingLineResolver,
      EvaluationResolver,
      SubjectAccessResolver,
      IndicatorSetResolver,
      ...PEOPLE_RESOLVERS,
    ],
    // Reached only through `_entities`: no field of this subgraph returns it.
    orphanedTypes: [SubjectAccessExport],
    referenceResolvers: {
      User: userStubReference,
      Convention: conventionReference,
      Funder: funderReference,
      FundingLine: fundingLineReference,
      Evaluation: evaluationReference,
      SubjectAccessExport: subjectAccessExportReference,
      IndicatorSet: indicatorSetReference,
    },
    policy: FINANCING_POLICY,
  });
}
