import { buildFederatedSchema } from '@ash/kit';
import type { GraphQLSchema } from 'graphql';
import {
  AccompanimentResolver,
  accompanimentReference,
  HouseholdAccompanimentResolver,
} from './modules/accompaniment/accompaniment.resolver';
import { AlertResolver, alertReference } from './modules/alert/alert.resolver';
import { CaseloadResolver } from './modules/caseload/caseload.resolver';
import {
  CommitteeDecisionResolver,
  FollowUpCommitteeResolver,
  followUpCommitteeReference,
} from './modules/committee/committee.resolver';
import { ContactResolver, contactReference } from './modules/contact/contact.resolver';
import { conventionReference } from './modules/convention/convention.reference';
import { ConventionMeasureResolver } from './modules/convention/convention.resolver';
import { DiagnosticResolver, diagnosticReference } from './modules/diagnostic/diagnostic.resolver';
import { FrequencyResolver } from './modules/frequency/frequency.resolver';
import { householdReference } from './modules/household/household.reference';
import { IndicatorSet, indicatorSetReference } from './modules/indicators/indicator-set.reference';
import { IndicatorSetSupportResolver } from './modules/indicators/indicators.resolver';
import { OutreachResolver } from './modules/outreach/outreach.resolver';
import {
  SubjectAccessExport,
  SubjectAccessResolver,
  subjectAccessExportReference,
} from './modules/privacy/subject-access';
import { ReviewResolver, reviewReference } from './modules/review/review.resolver';
import { PEOPLE_RESOLVERS } from './modules/staff/people.resolver';
import { StaffResolver } from './modules/staff/staff.resolver';
import { userReference } from './modules/staff/user.type';
import { StatisticsResolver } from './modules/statistics/statistics.resolver';
import { ACCOMPANIMENT_POLICY } from './policy';

export function buildSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      IndicatorSetSupportResolver,
      AccompanimentResolver,
      HouseholdAccompanimentResolver,
      ContactResolver,
      DiagnosticResolver,
      ReviewResolver,
      AlertResolver,
      FollowUpCommitteeResolver,
      CommitteeDecisionResolver,
      ConventionMeasureResolver,
      SubjectAccessResolver,
      FrequencyResolver,
      OutreachResolver,
      StatisticsResolver,
      StaffResolver,
      ...PEOPLE_RESOLVERS,
      CaseloadResolver,
    ],
    // Reached only through `_entities`: no field of this subgraph returns it.
    orphanedTypes: [SubjectAccessExport, IndicatorSet],
    referenceResolvers: {
      IndicatorSet: indicatorSetReference,
      Accompaniment: accompanimentReference,
      Alert: alertReference,
      Contact: contactReference,
      Diagnostic: diagnosticReference,
      Review: reviewReference,
      FollowUpCommittee: followUpCommitteeReference,
      Household: householdReference,
      Convention: conventionReference,
      SubjectAccessExport: subjectAccessExportReference,
      User: userReference,
    },
    policy: ACCOMPANIMENT_POLICY,
  });
}
