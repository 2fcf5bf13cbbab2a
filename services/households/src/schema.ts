import { buildFederatedSchema, userStubReference } from '@ash/kit';
import type { GraphQLSchema } from 'graphql';
import {
  ApplicationResolver,
  applicationReference,
  applicationTransitionReference,
} from './modules/application/application.resolver';
import { AuditResolver } from './modules/audit/audit.resolver';
import {
  CandidacyResolver,
  CommissionResolver,
  candidacyReference,
  commissionReference,
} from './modules/commission/commission.resolver';
import { dwellingReference } from './modules/dwelling/dwelling.reference';
import { DwellingResolver } from './modules/dwelling/dwelling.resolver';
import { HouseholdResolver, householdReference } from './modules/household/household.resolver';
import { PersonResolver, personReference } from './modules/household/person.resolver';
import { IndicatorSet, indicatorSetReference } from './modules/indicators/indicator-set.reference';
import { IndicatorSetHouseholdResolver } from './modules/indicators/indicators.resolver';
import { PEOPLE_RESOLVERS } from './modules/people/people.resolver';
import { PrivacyResolver, subjectAccessExportReference } from './modules/privacy/privacy.resolver';
import { HouseholdSearchResolver } from './modules/search/household-search.resolver';
import { StatisticsResolver } from './modules/statistics/statistics.resolver';
import { HOUSEHOLDS_POLICY } from './policy';

export function buildSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      IndicatorSetHouseholdResolver,
      AuditResolver,
      HouseholdResolver,
      PersonResolver,
      ApplicationResolver,
      CommissionResolver,
      CandidacyResolver,
      DwellingResolver,
      PrivacyResolver,
      StatisticsResolver,
      ...PEOPLE_RESOLVERS,
      HouseholdSearchResolver,
    ],
    // Reached only through `_entities`: no field of this subgraph returns it.
    orphanedTypes: [IndicatorSet],
    referenceResolvers: {
      User: userStubReference,
      IndicatorSet: indicatorSetReference,
      Household: householdReference,
      Person: personReference,
      Application: applicationReference,
      ApplicationTransition: applicationTransitionReference,
      Commission: commissionReference,
      Candidacy: candidacyReference,
      Dwelling: dwellingReference,
      SubjectAccessExport: subjectAccessExportReference,
    },
    policy: HOUSEHOLDS_POLICY,
  });
}
