import { byIdLoader, groupLoader, type RequestContext } from '@ash/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import { type AccompanimentSettings, DEFAULT_SETTINGS } from './config';
import { Accompaniment, PhaseChange } from './modules/accompaniment/accompaniment.entity';
import { Alert, AlertTransition } from './modules/alert/alert.entity';
import { alertScope, openAlerts } from './modules/alert/alert.scope';
import { caseloadScope, childScope } from './modules/caseload/caseload.scope';
import { CommitteeDecision, FollowUpCommittee } from './modules/committee/committee.entity';
import { Contact } from './modules/contact/contact.entity';
import { latestContactsLoader } from './modules/contact/contact.loader';
import { measureMonthsByYearLoader, measureMonthsLoader } from './modules/convention/measure-months';
import { Diagnostic, Goal } from './modules/diagnostic/diagnostic.entity';
import { complianceLoader } from './modules/frequency/compliance';
import { ContactScheduleChange } from './modules/frequency/frequency.entity';
import { subjectAccessLoader } from './modules/privacy/subject-access';
import { Review } from './modules/review/review.entity';
import { Organisation } from './modules/staff/organisation.entity';
import { StaffMember } from './modules/staff/staff.entity';
import { staffByUserIdLoader } from './modules/staff/staff.loader';

/**
 * Per request: the base context plus this subgraph's DataLoaders (never shared across requests).
 * Loaders reached from outside an accompaniment (by id, by household) carry the actor's caseload
 * scope in their SQL; loaders of an accompaniment's own rows need none, the accompaniment being
 * already visible.
 */
export function createContext(base: RequestContext, settings: AccompanimentSettings = DEFAULT_SETTINGS) {
  const { actor } = base;
  const em = base.em as EntityManager;
  const contactLoaders = new Map<number, DataLoader<string, Contact[]>>();
  return {
    ...base,
    settings,
    loaders: {
      accompaniment: byIdLoader(em, Accompaniment, caseloadScope(actor)),
      alert: byIdLoader(em, Alert, alertScope(actor)),
      contact: byIdLoader(em, Contact, childScope(actor)),
      diagnostic: byIdLoader(em, Diagnostic, childScope(actor)),
      review: byIdLoader(em, Review, childScope(actor)),
      committee: byIdLoader(em, FollowUpCommittee),
      accompanimentsByHousehold: groupLoader(em, Accompaniment, 'householdId', caseloadScope(actor), {
        startDate: 'desc',
      }),
      openAlertsByHousehold: groupLoader(
        em,
        Alert,
        'householdId',
        { $and: [alertScope(actor), openAlerts()] },
        { raisedAt: 'desc' },
      ),
      phaseChangesByAccompaniment: groupLoader(em, PhaseChange, 'accompaniment', {}, { at: 'asc' }),
      /** The `first` latest contacts of each accompaniment (one loader per page size asked). */
      latestContacts(first: number) {
        let loader = contactLoaders.get(first);
        if (!loader) {
          loader = latestContactsLoader(em, first);
          contactLoaders.set(first, loader);
        }
        return loader;
      },
      diagnosticsByAccompaniment: groupLoader(em, Diagnostic, 'accompaniment', {}, { date: 'desc' }),
      goalsByDiagnostic: groupLoader(em, Goal, 'diagnostic', {}, { position: 'asc' }),
      reviewsByAccompaniment: groupLoader(em, Review, 'accompaniment', {}, { date: 'desc' }),
      alertsByAccompaniment: groupLoader(em, Alert, 'accompaniment', {}, { raisedAt: 'desc' }),
      transitionsByAlert: groupLoader(em, AlertTransition, 'alert', {}, { at: 'asc' }),
      decisionsByAccompaniment: groupLoader(
        em,
        CommitteeDecision,
        'accompaniment',
        {},
        { createdAt: 'asc', id: 'asc' },
      ),
      decisionsByCommittee: groupLoader(em, CommitteeDecision, 'committee', childScope(actor), {
        createdAt: 'asc',
        id: 'asc',
      }),
      measureMonths: measureMonthsLoader(em, base.calendar.today()),
      measureMonthsByYear: measureMonthsByYearLoader(em, base.calendar.today()),
      /** Contact-frequency compliance, keyed by `accompanimentId:YYYY-MM`. */
      compliance: complianceLoader(em, base.calendar.today()),
      scheduleChangesByAccompaniment: groupLoader(
        em,
        ContactScheduleChange,
        'accompaniment',
        {},
        { at: 'asc' },
      ),
      subjectAccess: subjectAccessLoader(em),
      /** The directory: names for user ids, organisations, their members. */
      staffByUserId: staffByUserIdLoader(em),
      organisation: byIdLoader(em, Organisation),
      membersByOrganisation: groupLoader(em, StaffMember, 'memberOf', {}, { name: 'asc', userId: 'asc' }),
    },
  };
}

export type AccompanimentContext = ReturnType<typeof createContext>;
