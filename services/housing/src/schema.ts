import { buildFederatedSchema, userStubReference } from '@ash/kit';
import type { GraphQLSchema } from 'graphql';
import { DwellingResolver, dwellingReference } from './modules/dwelling/dwelling.resolver';
import { householdReference } from './modules/household/household.reference';
import { IndicatorSet, indicatorSetReference } from './modules/indicators/indicator-set.reference';
import { IndicatorSetHousingResolver } from './modules/indicators/indicators.resolver';
import { HouseholdLeaseResolver, LeaseResolver, leaseReference } from './modules/lease/lease.resolver';
import { HouseholdMatchingResolver, MatchingSettingsResolver } from './modules/matching/matching.resolver';
import { PEOPLE_RESOLVERS } from './modules/people/people.resolver';
import {
  SubjectAccessExport,
  SubjectAccessResolver,
  subjectAccessExportReference,
} from './modules/privacy/subject-access';
import { RentAccountResolver, rentAccountReference } from './modules/rent-account/rent-account.resolver';
import { ResidenceResolver, residenceReference } from './modules/residence/residence.resolver';
import { DwellingSearchResolver } from './modules/search/dwelling-search.resolver';
import { StatisticsResolver } from './modules/statistics/statistics.resolver';
import { HOUSING_POLICY } from './policy';

export function buildSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      IndicatorSetHousingResolver,
      ResidenceResolver,
      DwellingResolver,
      LeaseResolver,
      HouseholdLeaseResolver,
      RentAccountResolver,
      HouseholdMatchingResolver,
      MatchingSettingsResolver,
      SubjectAccessResolver,
      StatisticsResolver,
      ...PEOPLE_RESOLVERS,
      DwellingSearchResolver,
    ],
    // Reached only through `_entities`: no field of this subgraph returns it.
    orphanedTypes: [SubjectAccessExport, IndicatorSet],
    referenceResolvers: {
      User: userStubReference,
      IndicatorSet: indicatorSetReference,
      Residence: residenceReference,
      Dwelling: dwellingReference,
      Lease: leaseReference,
      RentAccount: rentAccountReference,
      Household: householdReference,
      SubjectAccessExport: subjectAccessExportReference,
    },
    policy: HOUSING_POLICY,
  });
}
