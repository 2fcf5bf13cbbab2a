import {
  ARREARS_ALERT_MONTHS,
  addDays,
  addMonths,
  arrearsOf,
  Calendar,
  daysBetween,
  firstDayOfMonth,
} from '@ash/kit';
import { stableId } from './ids';
import { Random } from './random';
import { ASSOCIATION, LANDLORD, SOCIAL_MANAGERS, SUPPORT_WORKERS } from './users';

/*
 * The demo data, modelled on the source document (ICF Habitat Atlantique and the association
 * Ensemble, Rouen metropolitan area). One deterministic plan that every subgraph's seed reads:
 * each subgraph writes only its own part, and ids are stable, so cross-subgraph references agree
 * without any subgraph reading another's tables. Dates are relative to `today`.
 */

export type Typology = 'T1' | 'T2' | 'T3' | 'T4' | 'T5' | 'T6';
export type DwellingStatus = 'OCCUPIED' | 'NOTICE_GIVEN' | 'VACANT' | 'UNDER_WORKS' | 'OFFERED';
export type Contingent = 'PREFECTURE' | 'LANDLORD' | 'CITY' | 'EMPLOYER';
export type TargetPublic = 'SINGLE_PARENT' | 'LEAVING_PRISON' | 'ISOLATED_TENANT';
export type ApplicationStatus =
  | 'RECEIVED'
  | 'ORIENTED'
  | 'SHARED_REVIEW'
  | 'READY_FOR_COMMISSION'
  | 'SCHEDULED'
  | 'DECIDED'
  | 'LEASE_SIGNED'
  | 'MOVED_IN'
  | 'WITHDRAWN';
export type AccompanimentKind = 'ACCESS' | 'TENANCY_SUSTAINMENT';
export type Phase = 'PRE_ALLOCATION' | 'INTEGRATION' | 'FOLLOW_UP' | 'ENDED';
export type ContactKind = 'HOME_VISIT' | 'OFFICE' | 'PHONE' | 'MOVE_IN_INSPECTION' | 'OUTREACH_ATTEMPT';
export type Configuration = 'LANDLORD_ALONE' | 'ASSOCIATION_ALONE' | 'PAIR';
export type TimeSlot = 'MORNING' | 'MIDDAY' | 'AFTERNOON' | 'EVENING';
export type ContactPlace = 'HOME' | 'OFFICE' | 'NEIGHBOURHOOD' | 'PARTNER_PREMISES' | 'REMOTE';
export type ContactOutcome = 'MET' | 'NO_ANSWER' | 'REFUSED';
export type AlertSource =
  | 'TENANT_REQUEST'
  | 'ARREARS_MEETING'
  | 'LOCAL_STAFF'
  | 'NEIGHBOUR'
  | 'FAMILY'
  | 'PARTNER';
export type AlertSign =
  | 'NO_RESPONSE_TO_REMINDERS'
  | 'HOARDING_OR_NEGLECT'
  | 'EVICTION_PROCEDURE'
  | 'ARREARS'
  | 'NEIGHBOUR_CONFLICT';
export type AlertStatus = 'NEW' | 'SHARED_DIAGNOSIS' | 'ACTION_AGREED' | 'CLOSED';
export type FundingStatus = 'REQUESTED' | 'TO_BE_REVIEWED' | 'GRANTED' | 'PAID' | 'CANCELLED';

export interface PlanResidence {
  id: string;
  name: string;
  address: string;
  postalCode: string;
  commune: string;
  district: string;
  priorityDistrict: boolean;
}

export interface PlanDwelling {
  id: string;
  reference: string;
  residenceId: string;
  typology: Typology;
  surfaceSqm: number;
  floor: number;
  hasLift: boolean;
  stepFreeAccess: boolean;
  rentCents: number;
  serviceChargesCents: number;
  chargesIncludeColdWater: boolean;
  chargesIncludeHeating: boolean;
  financingCategory: 'PLAI' | 'PLUS' | 'PLS';
  lowRent: boolean;
  contingent: Contingent;
  status: DwellingStatus;
  availableFrom: string | null;
}

export interface PlanPerson {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  /** ADULT or CHILD */
  role: 'ADULT' | 'CHILD';
}

export interface PlanHousehold {
  id: string;
  reference: string;
  members: PlanPerson[];
  singleParent: boolean;
  monthlyResourcesCents: number;
  housingBenefitCents: number;
  targetPublic: TargetPublic | null;
  dalo: boolean;
  collectiveAgreement: boolean;
  pdalpd: boolean;
  stepFreeAccessNeed: boolean;
  /** Date the household agreed to share its data with the association, if it did. */
  consentToShareDate: string | null;
  createdAt: string;
}

export interface PlanTransition {
  to: ApplicationStatus;
  at: string;
  by: string;
  note: string | null;
}

export interface PlanApplication {
  id: string;
  householdId: string;
  registrationNumber: string;
  desiredTypologies: Typology[];
  desiredCommunes: string[];
  maxRentCents: number;
  status: ApplicationStatus;
  submittedAt: string;
  /** Every step after RECEIVED, oldest first; the last one is `status`. */
  history: PlanTransition[];
  /** The dwelling it was allocated, for DECIDED and later. */
  dwellingId: string | null;
  commissionId: string | null;
  slidingLease: boolean;
}

export interface PlanCommission {
  id: string;
  sessionDate: string;
  /** Each dwelling put on the session with its ranked applications. */
  items: {
    dwellingId: string;
    candidates: { applicationId: string; rank: number; decision: string | null; reason: string | null }[];
    insufficientDemand: boolean;
  }[];
}

export interface PlanRentMonth {
  month: string;
  chargedCents: number;
  paidCents: number;
}

export interface PlanLease {
  id: string;
  dwellingId: string;
  householdId: string;
  startDate: string;
  endDate: string | null;
  kind: 'ORDINARY' | 'SLIDING';
  intermediaryAssociation: string | null;
  plannedHandoverDate: string | null;
  moveInInspectionDate: string | null;
  inspectionSocialManagerPresent: boolean;
  inspectionSupportWorkerPresent: boolean;
  rentAccountId: string;
  rent: PlanRentMonth[];
}

export interface PlanContact {
  id: string;
  date: string;
  kind: ContactKind;
  configuration: Configuration;
  timeSlot: TimeSlot;
  place: ContactPlace;
  outcome: ContactOutcome;
  note: string | null;
  recordedBy: string;
}

export interface PlanAlert {
  id: string;
  raisedAt: string;
  source: AlertSource;
  signs: AlertSign[];
  status: AlertStatus;
  description: string;
  history: { to: AlertStatus; at: string; by: string }[];
  /** An alert raised from the rent account: the arrears when raised. */
  arrears?: { arrearsCents: number; monthsInArrears: number };
}

export interface PlanDiagnostic {
  id: string;
  date: string;
  areas: { area: 'BUDGET' | 'HEALTH' | 'EMPLOYMENT' | 'DAILY_LIFE' | 'HOUSING'; needs: string }[];
  goals: { goal: string; progress: number }[];
}

export interface PlanAccompaniment {
  id: string;
  householdId: string;
  kind: AccompanimentKind;
  supportWorkerId: string;
  socialReferentId: string;
  startDate: string;
  endDate: string | null;
  endReason: string | null;
  outcome:
    | 'HOUSED'
    | 'SUSTAINED'
    | 'EVICTION_AVOIDED'
    | 'MOVED_OUT'
    | 'REFUSED'
    | 'EVICTED'
    | 'CARRIED_OVER'
    | null;
  /** The accompaniment of the previous convention it carries on, when it was carried over. */
  carriedOverFromId?: string;
  phase: Phase;
  /** When each phase began, oldest first. */
  phases: { phase: Phase; at: string }[];
  conventionId: string;
  contacts: PlanContact[];
  alerts: PlanAlert[];
  diagnostic: PlanDiagnostic | null;
}

export interface PlanFunder {
  id: string;
  name: string;
  kind: 'LANDLORD' | 'STATE_DEPARTMENT' | 'NATIONAL_FUND';
}

export interface PlanFundingLine {
  id: string;
  funderId: string;
  year: number;
  sharePercent: number;
  plannedCents: number;
  requestedCents: number;
  grantedCents: number | null;
  paidCents: number | null;
  status: FundingStatus;
  requestedAt: string;
  grantedAt: string | null;
  paidAt: string | null;
  /** Every change after the request, oldest first (financing's funding-line history). */
  history: PlanFundingChange[];
}

/** One change of a funding line: a status move, a revision or a cancellation, before → after. */
export interface PlanFundingChange {
  kind: 'MOVED' | 'REVISED' | 'CANCELLED';
  /** Its day, never after today. */
  at: string;
  by: string;
  reason: string | null;
  statusBefore: FundingStatus;
  statusAfter: FundingStatus;
  requestedCentsBefore: number;
  requestedCentsAfter: number;
  grantedCentsBefore: number | null;
  grantedCentsAfter: number | null;
  paidCentsBefore: number | null;
  paidCentsAfter: number | null;
}

export interface PlanConvention {
  id: string;
  programme: string;
  name: string;
  holder: string;
  partner: string;
  startYear: number;
  endYear: number;
  plannedHouseholdsPerYear: number;
  annualCostCents: number;
  fundingLines: PlanFundingLine[];
}

export interface DemoPlan {
  today: string;
  residences: PlanResidence[];
  dwellings: PlanDwelling[];
  households: PlanHousehold[];
  applications: PlanApplication[];
  commissions: PlanCommission[];
  leases: PlanLease[];
  accompaniments: PlanAccompaniment[];
  funders: PlanFunder[];
  conventions: PlanConvention[];
}

export interface PlanOptions {
  dwellings?: number;
  applications?: number;
  /** Reference date (YYYY-MM-DD); defaults to today at the agency (the system clock, Europe/Paris). */
  today?: string;
  seed?: number;
}

const COMMUNES: readonly { name: string; postalCode: string; weight: number; districts: string[] }[] = [
  {
    name: 'Rouen',
    postalCode: '76100',
    weight: 34,
    districts: ["Bd d'Orléans", 'Saint-Sever', 'Grammont', 'Les Hauts de Rouen'],
  },
  {
    name: 'Sotteville-lès-Rouen',
    postalCode: '76300',
    weight: 12,
    districts: ['Quartier Gare', 'Les Trois Pipes'],
  },
  { name: 'Le Grand-Quevilly', postalCode: '76120', weight: 8, districts: ['Centre', 'Les Bruyères'] },
  { name: 'Le Petit-Quevilly', postalCode: '76140', weight: 7, districts: ['Saint-Julien', 'Centre'] },
  {
    name: 'Saint-Étienne-du-Rouvray',
    postalCode: '76800',
    weight: 9,
    districts: ['Château Blanc', 'Madrillet'],
  },
  { name: 'Elbeuf', postalCode: '76500', weight: 6, districts: ['Centre', 'Le Puchot'] },
  { name: 'Oissel', postalCode: '76350', weight: 5, districts: ['Centre', 'La Gare'] },
  { name: 'Déville-lès-Rouen', postalCode: '76250', weight: 4, districts: ['Centre'] },
  { name: 'Canteleu', postalCode: '76380', weight: 4, districts: ['Plateau', 'Centre'] },
  { name: 'Darnétal', postalCode: '76160', weight: 3, districts: ['Centre'] },
  { name: 'Maromme', postalCode: '76150', weight: 3, districts: ['La Maine', 'Centre'] },
  { name: 'Mont-Saint-Aignan', postalCode: '76130', weight: 3, districts: ['Village', 'Le Village'] },
  { name: 'Caudebec-lès-Elbeuf', postalCode: '76320', weight: 2, districts: ['Centre'] },
];
const PRIORITY_DISTRICTS = new Set([
  "Bd d'Orléans",
  'Les Hauts de Rouen',
  'Château Blanc',
  'Plateau',
  'Madrillet',
]);
const STREETS = [
  "boulevard d'Orléans",
  'rue Saint-Julien',
  'rue de Lessard',
  'avenue Jean Rondeaux',
  'rue Pierre Corneille',
  'rue des Canadiens',
  'rue Victor Hugo',
  'avenue de la Libération',
  'rue Jean Jaurès',
  'rue Gambetta',
  'rue de la République',
  'rue Louis Pasteur',
  'allée des Tilleuls',
  'rue du Madrillet',
];
const RESIDENCE_NAMES = [
  'Les Cheminots',
  'Le Rail',
  'Les Acacias',
  'La Seine',
  'Les Tilleuls',
  'Le Belvédère',
  'Les Marronniers',
  'Le Clos Fleuri',
  'Les Peupliers',
  'La Roseraie',
  'Le Parc',
  'Les Érables',
  'Les Coteaux',
  'Le Verger',
  'La Gare',
];
const FIRST_NAMES = [
  'Amina',
  'Sarah',
  'Léa',
  'Fatou',
  'Julie',
  'Inès',
  'Manon',
  'Nadia',
  'Chloé',
  'Aïcha',
  'Kevin',
  'Mehdi',
  'Thomas',
  'Yannick',
  'Samir',
  'Julien',
  'Moussa',
  'Nicolas',
  'David',
  'Rachid',
];
const CHILD_NAMES = [
  'Lucas',
  'Emma',
  'Nolan',
  'Jade',
  'Adam',
  'Lina',
  'Hugo',
  'Zoé',
  'Rayan',
  'Louise',
  'Enzo',
  'Alice',
];
const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Dubois',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefebvre',
  'Michel',
  'Garcia',
  'Diallo',
  'Traoré',
  'Benali',
  'Mercier',
  'Blanc',
  'Guérin',
  'Boyer',
  'Lemoine',
];

const TYPOLOGY_WEIGHTS: readonly (readonly [Typology, number])[] = [
  ['T1', 8],
  ['T2', 22],
  ['T3', 38],
  ['T4', 22],
  ['T5', 8],
  ['T6', 2],
];
const SURFACE: Record<Typology, number> = { T1: 30, T2: 46, T3: 65, T4: 80, T5: 95, T6: 110 };
// Rent per m² (cents) by financing category; a PLAI T3 of 65 m² comes to about 322 € + 80 € charges
// = 402 €, the source document's example.
const RENT_PER_SQM: Record<PlanDwelling['financingCategory'], number> = { PLAI: 495, PLUS: 580, PLS: 850 };

const STAGES: readonly (readonly [ApplicationStatus, number])[] = [
  ['RECEIVED', 20],
  ['ORIENTED', 14],
  ['SHARED_REVIEW', 14],
  ['READY_FOR_COMMISSION', 16],
  ['SCHEDULED', 5],
  ['DECIDED', 4],
  ['LEASE_SIGNED', 3],
  ['MOVED_IN', 17],
  ['WITHDRAWN', 7],
];
const PIPELINE: ApplicationStatus[] = [
  'RECEIVED',
  'ORIENTED',
  'SHARED_REVIEW',
  'READY_FOR_COMMISSION',
  'SCHEDULED',
  'DECIDED',
  'LEASE_SIGNED',
  'MOVED_IN',
];

/** Builds the whole demo deterministically from its options. */
export function buildDemoPlan(options: PlanOptions = {}): DemoPlan {
  const today = options.today ?? new Calendar().today();
  const dwellingCount = options.dwellings ?? 1809;
  const applicationCount = options.applications ?? 300;
  const random = new Random(options.seed ?? 1809);
  const currentYear = Number(today.slice(0, 4));

  // --- stock -----------------------------------------------------------------------------------
  const residences: PlanResidence[] = [];
  const dwellings: PlanDwelling[] = [];
  const residenceCount = Math.max(1, Math.round(dwellingCount / 20));
  const communeEntries = COMMUNES.map((c) => [c, c.weight] as const);
  for (let r = 0; r < residenceCount; r++) {
    // The first residences are the Boulevard d'Orléans district of Rouen, where the partnership began.
    const commune =
      r < Math.max(1, Math.round(residenceCount * 0.12)) ? COMMUNES[0] : random.weighted(communeEntries);
    const district =
      commune === COMMUNES[0] && r < residenceCount * 0.12 ? "Bd d'Orléans" : random.pick(commune.districts);
    residences.push({
      id: stableId('residence', r),
      name: `${RESIDENCE_NAMES[r % RESIDENCE_NAMES.length]} ${Math.floor(r / RESIDENCE_NAMES.length) + 1} — ${commune.name}`,
      address: `${random.int(1, 180)} ${district === "Bd d'Orléans" ? "boulevard d'Orléans" : random.pick(STREETS)}`,
      postalCode: commune.postalCode,
      commune: commune.name,
      district: district === "Bd d'Orléans" ? "Bd d'Orléans, Rouen" : `${district}, ${commune.name}`,
      priorityDistrict: PRIORITY_DISTRICTS.has(district),
    });
  }
  for (let d = 0; d < dwellingCount; d++) {
    const residence = residences[d % residenceCount];
    const typology = random.weighted(TYPOLOGY_WEIGHTS);
    const financingCategory = random.weighted([
      ['PLAI', 30],
      ['PLUS', 60],
      ['PLS', 10],
    ] as const);
    const surfaceSqm = Math.round(SURFACE[typology] * (0.9 + random.next() * 0.2) * 10) / 10;
    const floor = random.int(0, 6);
    const hasLift = floor > 2 ? random.chance(0.6) : random.chance(0.2);
    const heating = random.chance(0.7);
    const status = random.weighted([
      ['OCCUPIED', 920],
      ['NOTICE_GIVEN', 30],
      ['VACANT', 35],
      ['UNDER_WORKS', 10],
      ['OFFERED', 5],
    ] as const);
    dwellings.push({
      id: stableId('dwelling', d),
      reference: `ICF-${residence.postalCode}-${String(d + 1).padStart(5, '0')}`,
      residenceId: residence.id,
      typology,
      surfaceSqm,
      floor,
      hasLift,
      stepFreeAccess: floor === 0 ? random.chance(0.8) : hasLift && random.chance(0.7),
      rentCents: Math.round((surfaceSqm * RENT_PER_SQM[financingCategory]) / 100) * 100,
      serviceChargesCents: Math.round((surfaceSqm * (heating ? 123 : 60)) / 100) * 100,
      chargesIncludeColdWater: true,
      chargesIncludeHeating: heating,
      financingCategory,
      lowRent: financingCategory === 'PLAI',
      contingent: random.weighted([
        ['PREFECTURE', 25],
        ['LANDLORD', 50],
        ['CITY', 20],
        ['EMPLOYER', 5],
      ] as const),
      status,
      availableFrom:
        status === 'VACANT' || status === 'OFFERED'
          ? addDays(today, -random.int(0, 60))
          : status === 'NOTICE_GIVEN'
            ? addDays(today, random.int(10, 90))
            : status === 'UNDER_WORKS'
              ? addDays(today, random.int(30, 120))
              : null,
    });
  }
  const occupied = dwellings.filter((d) => d.status === 'OCCUPIED');
  let nextOccupied = 0;
  const takeOccupied = (typology?: Typology): PlanDwelling => {
    for (let i = 0; i < occupied.length; i++) {
      const candidate = occupied[(nextOccupied + i) % occupied.length];
      if (!typology || candidate.typology === typology) {
        occupied.splice((nextOccupied + i) % occupied.length, 1);
        nextOccupied = (nextOccupied + 7) % Math.max(1, occupied.length);
        return candidate;
      }
    }
    const last = occupied.pop();
    if (!last) throw new Error('The demo plan needs more occupied dwellings: raise the dwelling count');
    return last;
  };

  const offered = dwellings.filter((d) => d.status === 'OFFERED');
  const takeForOffer = (): PlanDwelling => {
    const found = offered.shift() ?? dwellings.find((d) => d.status === 'VACANT');
    if (!found) return takeOccupied();
    found.status = 'OFFERED';
    return found;
  };

  // --- households ------------------------------------------------------------------------------
  const households: PlanHousehold[] = [];
  const makeHousehold = (
    key: string,
    targetPublic: TargetPublic | null,
    createdAt: string,
  ): PlanHousehold => {
    const index = households.length;
    const lastName = random.pick(LAST_NAMES);
    const singleParent = targetPublic === 'SINGLE_PARENT' || (targetPublic === null && random.chance(0.2));
    const adults = singleParent || targetPublic !== null ? 1 : random.int(1, 2);
    const children = singleParent ? random.int(1, 3) : targetPublic === null ? random.int(0, 3) : 0;
    const members: PlanPerson[] = [];
    for (let a = 0; a < adults; a++) {
      members.push({
        id: stableId('person', `${key}:${a}`),
        firstName: random.pick(FIRST_NAMES),
        lastName,
        birthDate: addDays(today, -random.int(20 * 365, 62 * 365)),
        role: 'ADULT',
      });
    }
    for (let c = 0; c < children; c++) {
      members.push({
        id: stableId('person', `${key}:c${c}`),
        firstName: random.pick(CHILD_NAMES),
        lastName,
        birthDate: addDays(today, -random.int(200, 17 * 365)),
        role: 'CHILD',
      });
    }
    const resources = random.int(55_000, 140_000) + children * 12_000;
    const household: PlanHousehold = {
      id: stableId('household', key),
      reference: `MEN-${String(index + 1).padStart(5, '0')}`,
      members,
      singleParent,
      monthlyResourcesCents: resources,
      housingBenefitCents: resources < 100_000 ? random.int(15_000, 32_000) : random.int(0, 12_000),
      targetPublic,
      dalo: targetPublic !== null && random.chance(0.35),
      collectiveAgreement: random.chance(0.25),
      pdalpd: targetPublic !== null && random.chance(0.55),
      stepFreeAccessNeed: random.chance(0.08),
      consentToShareDate: targetPublic !== null && random.chance(0.9) ? createdAt : null,
      createdAt,
    };
    households.push(household);
    return household;
  };
  const sizeTypologies = (size: number): Typology[] =>
    size <= 1 ? ['T1', 'T2'] : size === 2 ? ['T2', 'T3'] : size <= 4 ? ['T3', 'T4'] : ['T4', 'T5'];

  // --- applications ----------------------------------------------------------------------------
  const applications: PlanApplication[] = [];
  const leases: PlanLease[] = [];
  const commissions: PlanCommission[] = [];
  const upcomingCommission: PlanCommission = {
    id: stableId('commission', 'upcoming'),
    sessionDate: addDays(today, 9),
    items: [],
  };
  const pastCommissions: PlanCommission[] = [1, 2, 3, 4, 5, 6].map((m) => ({
    id: stableId('commission', `past-${m}`),
    sessionDate: addDays(addMonths(today, -m), 3),
    items: [],
  }));
  const socialManager = (i: number) => SOCIAL_MANAGERS[i % SOCIAL_MANAGERS.length].userId;
  const rentalManager = 'rm-claire-martin';

  /** The rent account's months from the lease's start to `end` (the last twelve), the last `arrearsMonths` unpaid but a tenth. */
  const rentMonths = (
    startDate: string,
    end: string,
    monthly: number,
    arrearsMonths: number,
  ): PlanRentMonth[] => {
    const months: string[] = [];
    for (let month = firstDayOfMonth(startDate); month <= end; month = addMonths(month, 1))
      months.push(month);
    const recent = months.slice(-12);
    return recent.map((m, i) => {
      const unpaid = i >= recent.length - arrearsMonths;
      return { month: m, chargedCents: monthly, paidCents: unpaid ? Math.round(monthly * 0.1) : monthly };
    });
  };

  const addLease = (
    key: string,
    household: PlanHousehold,
    dwelling: PlanDwelling,
    startDate: string,
    options: {
      sliding?: boolean;
      inspection?: boolean;
      supportWorkerPresent?: boolean;
      arrearsMonths?: number;
      endDate?: string | null;
    },
  ): PlanLease => {
    const monthly = dwelling.rentCents + dwelling.serviceChargesCents;
    const rent = rentMonths(startDate, options.endDate ?? today, monthly, options.arrearsMonths ?? 0);
    const lease: PlanLease = {
      id: stableId('lease', key),
      dwellingId: dwelling.id,
      householdId: household.id,
      startDate,
      endDate: options.endDate ?? null,
      kind: options.sliding ? 'SLIDING' : 'ORDINARY',
      intermediaryAssociation: options.sliding ? 'AGL — Association pour la gestion du logement' : null,
      plannedHandoverDate: options.sliding ? addMonths(startDate, 18) : null,
      moveInInspectionDate: options.inspection === false ? null : startDate,
      inspectionSocialManagerPresent: options.inspection !== false,
      inspectionSupportWorkerPresent: options.inspection !== false && (options.supportWorkerPresent ?? true),
      rentAccountId: stableId('rent-account', key),
      rent,
    };
    leases.push(lease);
    return lease;
  };

  let stalled = 0;
  for (let a = 0; a < applicationCount; a++) {
    const targetPublic = random.weighted([
      ['SINGLE_PARENT', 40],
      ['LEAVING_PRISON', 20],
      ['ISOLATED_TENANT', 10],
      [null, 30],
    ] as const);
    const status = random.weighted(STAGES);
    // Applications waiting in a step that may stall alternate between a recent entry into it (under
    // two weeks: within the 21-day delay) and an old one (a month or more: stalled), on any date.
    const stallable = status === 'SHARED_REVIEW' || status === 'READY_FOR_COMMISSION';
    const ageDays =
      status === 'RECEIVED'
        ? random.int(1, 20)
        : status === 'MOVED_IN'
          ? random.int(60, 400)
          : stallable
            ? stalled++ % 2 === 0
              ? random.int(20, 40)
              : random.int(130, 200)
            : random.int(20, 200);
    const submittedAt = addDays(today, -ageDays);
    const household = makeHousehold(`applicant-${a}`, targetPublic, submittedAt);
    const size = household.members.length;
    const preferred = COMMUNES.slice(0, 6);
    const desiredCommunes = [random.weighted(preferred.map((c) => [c.name, c.weight] as const))];
    if (random.chance(0.6)) desiredCommunes.push(random.pick(COMMUNES).name);
    const history: PlanTransition[] = [];
    const steps =
      status === 'WITHDRAWN'
        ? PIPELINE.slice(1, random.int(1, 4))
        : PIPELINE.slice(1, PIPELINE.indexOf(status) + 1);
    if (status === 'WITHDRAWN') steps.push('WITHDRAWN');
    steps.forEach((step, i) => {
      const at = addDays(submittedAt, Math.round(((i + 1) * ageDays) / (steps.length + 1)));
      history.push({
        to: step,
        at,
        by: step === 'ORIENTED' ? rentalManager : socialManager(a),
        note:
          step === 'SHARED_REVIEW'
            ? 'Étude partagée avec Ensemble'
            : step === 'WITHDRAWN'
              ? 'Demande retirée par le ménage'
              : null,
      });
    });
    const application: PlanApplication = {
      id: stableId('application', a),
      householdId: household.id,
      registrationNumber: `076${String(currentYear % 100).padStart(2, '0')}${String(1000000 + a * 37).slice(-7)}`,
      desiredTypologies: [
        ...new Set([...sizeTypologies(size), ...(random.chance(0.3) ? (['T3'] as Typology[]) : [])]),
      ],
      desiredCommunes: [...new Set(desiredCommunes)],
      maxRentCents:
        Math.round(((household.monthlyResourcesCents + household.housingBenefitCents) * 0.35) / 100) * 100,
      status,
      submittedAt,
      history,
      dwellingId: null,
      commissionId: null,
      slidingLease: targetPublic === 'LEAVING_PRISON' && random.chance(0.5),
    };
    applications.push(application);
    if (status === 'SCHEDULED') application.commissionId = upcomingCommission.id;
    if (status === 'DECIDED' || status === 'LEASE_SIGNED' || status === 'MOVED_IN') {
      const commission = pastCommissions[a % pastCommissions.length];
      application.commissionId = commission.id;
      // An allocation decided but not yet signed holds a dwelling OFFERED to the household.
      const target = status === 'DECIDED' ? takeForOffer() : takeOccupied(application.desiredTypologies[0]);
      application.dwellingId = target.id;
      commission.items.push({
        dwellingId: target.id,
        candidates: [{ applicationId: application.id, rank: 1, decision: 'ALLOCATED', reason: null }],
        insufficientDemand: true,
      });
      if (status !== 'DECIDED') {
        const signed = history.find((h) => h.to === 'LEASE_SIGNED')?.at ?? today;
        const movedIn = history.find((h) => h.to === 'MOVED_IN')?.at;
        addLease(`application-${a}`, household, target, status === 'MOVED_IN' && movedIn ? movedIn : signed, {
          sliding: application.slidingLease,
          inspection: status === 'MOVED_IN',
          supportWorkerPresent: random.chance(0.85),
        });
      }
    }
  }
  // The upcoming session: vacant dwellings with up to three ranked scheduled candidates.
  const scheduled = applications.filter((a) => a.status === 'SCHEDULED');
  const vacant = dwellings.filter((d) => d.status === 'VACANT');
  for (let i = 0; i < scheduled.length; i += 3) {
    const dwelling = vacant[i / 3];
    if (!dwelling) break;
    const group = scheduled.slice(i, i + 3);
    upcomingCommission.items.push({
      dwellingId: dwelling.id,
      candidates: group.map((app, rank) => ({
        applicationId: app.id,
        rank: rank + 1,
        decision: null,
        reason: null,
      })),
      insufficientDemand: group.length < 3,
    });
  }
  commissions.push(...pastCommissions.filter((c) => c.items.length > 0), upcomingCommission);

  // --- conventions -----------------------------------------------------------------------------
  const funders: PlanFunder[] = [
    { id: stableId('funder', 'icf'), name: LANDLORD, kind: 'LANDLORD' },
    { id: stableId('funder', 'ddcs76'), name: 'État — DDCS de Seine-Maritime', kind: 'STATE_DEPARTMENT' },
    {
      id: stableId('funder', 'fnavdl'),
      name: 'Fonds national d’accompagnement vers et dans le logement',
      kind: 'NATIONAL_FUND',
    },
  ];
  const shares: [PlanFunder, number][] = [
    [funders[0], 25],
    [funders[1], 25],
    [funders[2], 50],
  ];
  /*
   * Funding as the source document has it: each share is requested with the convention; the
   * landlord commits its share for the first year only and says it will be reviewed for the second
   * and third (TO_BE_REVIEWED, then granted when reviewed: the third year's at 80 % of the plan);
   * the State's departmental share is subject to validation (requested, then granted); the
   * national fund notifies its grant each year. Past years are paid later, at what the consumption
   * made due (settleFunding, once the accompaniments are known); the current year is granted, not
   * paid; years to come are still requested or to be reviewed.
   */
  const fundingManager = SOCIAL_MANAGERS[0].userId;
  const notAfterToday = (date: string) => (date <= today ? date : today);
  const makeConvention = (key: string, name: string, startYear: number): PlanConvention => {
    const annualCostCents = 45_000_00;
    const id = stableId('convention', key);
    const fundingLines: PlanFundingLine[] = [];
    for (let year = startYear; year < startYear + 3; year++) {
      for (const [funder, share] of shares) {
        const planned = (annualCostCents * share) / 100;
        const line: PlanFundingLine = {
          id: stableId('funding-line', `${key}:${funder.id}:${year}`),
          funderId: funder.id,
          year,
          sharePercent: share,
          plannedCents: planned,
          requestedCents: planned,
          grantedCents: null,
          paidCents: null,
          status: 'REQUESTED',
          requestedAt: notAfterToday(`${startYear}-01-15`),
          grantedAt: null,
          paidAt: null,
          history: [],
        };
        const started = year <= currentYear;
        const change = (at: string, reason: string, next: FundingChangeStep) =>
          changeFundingLine(line, 'MOVED', notAfterToday(at), fundingManager, reason, next);
        if (funder.kind === 'LANDLORD' && year === startYear) {
          change(`${startYear}-02-01`, 'Engagement du bailleur pour la première année de la convention', {
            status: 'GRANTED',
            grantedCents: planned,
          });
        } else if (funder.kind === 'LANDLORD') {
          change(
            `${startYear}-02-01`,
            `Participation engagée pour la première année seulement, à revoir pour ${year}`,
            { status: 'TO_BE_REVIEWED' },
          );
          const third = year === startYear + 2;
          if (started) {
            change(
              `${year}-02-15`,
              third
                ? `Participation revue pour ${year} : ramenée à 80 % du plan`
                : `Participation revue pour ${year} : confirmée au montant prévu`,
              { status: 'GRANTED', grantedCents: third ? (planned * 80) / 100 : planned },
            );
          }
        } else if (started && funder.kind === 'STATE_DEPARTMENT') {
          change(`${year}-04-15`, 'Part départementale validée par la DDCS', {
            status: 'GRANTED',
            grantedCents: planned,
          });
        } else if (started) {
          change(`${year}-03-15`, 'Notification du fonds national', {
            status: 'GRANTED',
            grantedCents: planned,
          });
        }
        fundingLines.push(line);
      }
    }
    return {
      id,
      programme: '10 000 logements HLM accompagnés',
      name,
      holder: LANDLORD,
      partner: ASSOCIATION,
      startYear,
      endYear: startYear + 2,
      plannedHouseholdsPerYear: 30,
      annualCostCents,
      fundingLines,
    };
  };
  const renewalStart = currentYear - 1;
  const conventions = [
    makeConvention('2015', 'Ensemble… une vision partagée du logement accompagné', 2015),
    makeConvention('renewal', `Ensemble… renouvellement ${renewalStart}–${renewalStart + 2}`, renewalStart),
    // The three years before the renewal: a few tenants of the first convention supported again.
    makeConvention(
      'previous',
      `Ensemble… deuxième période ${renewalStart - 3}–${renewalStart - 1}`,
      renewalStart - 3,
    ),
  ];

  // --- accompaniments --------------------------------------------------------------------------
  const accompaniments: PlanAccompaniment[] = [];
  const worker = (i: number) => SUPPORT_WORKERS[i % SUPPORT_WORKERS.length].userId;
  const makeContacts = (
    key: string,
    from: string,
    to: string,
    perMonth: number,
    workerId: string,
    outreach: boolean,
  ) => {
    const contacts: PlanContact[] = [];
    const days = Math.max(0, daysBetween(from, to));
    const count = Math.max(1, Math.round((days / 30) * perMonth));
    for (let c = 0; c < count; c++) {
      const date = addDays(from, Math.floor(((c + 0.5) * days) / count));
      const configuration = random.weighted([
        ['PAIR', 35],
        ['ASSOCIATION_ALONE', 45],
        ['LANDLORD_ALONE', 20],
      ] as const);
      const timeSlot = random.weighted([
        ['MORNING', 25],
        ['MIDDAY', 15],
        ['AFTERNOON', 40],
        ['EVENING', 20],
      ] as const);
      const isOutreach = outreach && random.chance(0.3);
      const kind: ContactKind = isOutreach
        ? 'OUTREACH_ATTEMPT'
        : random.weighted([
            ['HOME_VISIT', 55],
            ['OFFICE', 20],
            ['PHONE', 25],
          ] as const);
      const place: ContactPlace =
        kind === 'PHONE'
          ? 'REMOTE'
          : kind === 'OFFICE'
            ? 'OFFICE'
            : isOutreach
              ? random.pick(['HOME', 'NEIGHBOURHOOD'] as const)
              : 'HOME';
      // Pairs and evenings meet more often: the pattern the outreach view should reveal.
      const meetChance = isOutreach
        ? (configuration === 'PAIR' ? 0.55 : 0.3) + (timeSlot === 'EVENING' ? 0.15 : 0)
        : 0.9;
      contacts.push({
        id: stableId('contact', `${key}:${c}`),
        date,
        kind,
        configuration,
        timeSlot,
        place,
        outcome: random.chance(meetChance) ? 'MET' : random.chance(0.85) ? 'NO_ANSWER' : 'REFUSED',
        note: random.chance(0.5) ? 'Point sur le budget et les démarches en cours' : null,
        recordedBy: configuration === 'LANDLORD_ALONE' ? socialManager(c) : workerId,
      });
    }
    return contacts;
  };
  const diagnosticFor = (key: string, date: string): PlanDiagnostic => ({
    id: stableId('diagnostic', key),
    date,
    areas: [
      { area: 'BUDGET', needs: 'Mettre en place un plan d’apurement et un suivi du budget' },
      { area: 'HEALTH', needs: 'Reprendre un suivi médical régulier' },
      { area: 'DAILY_LIFE', needs: 'Retrouver un rythme de vie quotidien' },
      { area: 'HOUSING', needs: 'S’approprier le logement et ses obligations de locataire' },
    ].slice(0, random.int(2, 4)) as PlanDiagnostic['areas'],
    goals: [
      { goal: 'Retrouver un rythme de vie quotidien', progress: random.int(0, 100) },
      { goal: 'Reprendre confiance en soi', progress: random.int(0, 100) },
      { goal: 'Accéder aux soins', progress: random.int(0, 100) },
      { goal: 'Remobilisation vers l’emploi', progress: random.int(0, 100) },
    ].slice(0, random.int(2, 4)),
  });

  // The 30 followed now: ACCESS from the applicants, TENANCY_SUSTAINMENT for isolated tenants. Every
  // date below is a fixed distance from today, so the story is the same whatever the day: all of it
  // falls within the renewal, which began on 1 January of last year (at least 365 days ago).
  const renewal = conventions[1];
  const pick = (statuses: ApplicationStatus[], count: number) =>
    applications
      .filter(
        (a) =>
          statuses.includes(a.status) &&
          households.find((h) => h.id === a.householdId)?.targetPublic &&
          households.find((h) => h.id === a.householdId)?.consentToShareDate,
      )
      .slice(0, count);
  const access: { app: PlanApplication; phase: Phase }[] = [
    ...pick(['SHARED_REVIEW', 'READY_FOR_COMMISSION', 'SCHEDULED'], 6).map((app) => ({
      app,
      phase: 'PRE_ALLOCATION' as Phase,
    })),
    ...pick(['MOVED_IN'], 14).map((app, i) => ({
      app,
      phase: (i < 4 ? 'INTEGRATION' : i < 11 ? 'FOLLOW_UP' : 'ENDED') as Phase,
    })),
  ];
  /**
   * Re-dates a housed applicant's way so that it moved in on `moveIn`: submitted at least 90 days
   * before, its steps spread evenly up to the move-in, its lease starting that day.
   */
  const moveInOn = (app: PlanApplication, lease: PlanLease, moveIn: string) => {
    if (daysBetween(app.submittedAt, moveIn) < 90) {
      app.submittedAt = addDays(moveIn, -90 - random.int(0, 60));
      const household = households.find((h) => h.id === app.householdId) as PlanHousehold;
      household.createdAt = app.submittedAt;
      if (household.consentToShareDate) household.consentToShareDate = app.submittedAt;
    }
    const span = daysBetween(app.submittedAt, moveIn);
    app.history.forEach((step, s) => {
      step.at = addDays(app.submittedAt, Math.round(((s + 1) * span) / app.history.length));
    });
    const monthly = lease.rent.at(-1)?.chargedCents ?? 40_200;
    lease.startDate = moveIn;
    lease.moveInInspectionDate = moveIn;
    if (lease.plannedHandoverDate) lease.plannedHandoverDate = addMonths(moveIn, 18);
    lease.rent = rentMonths(moveIn, today, monthly, 0);
  };
  access.forEach(({ app, phase }, i) => {
    const key = `access-${i}`;
    const lease = leases.find((l) => l.householdId === app.householdId);
    // Moved in during the last four weeks (the high-frequency integration), a few months ago (follow-up),
    // or long enough ago for the support to have ended since.
    const moveIn =
      phase === 'INTEGRATION'
        ? addDays(today, -random.int(3, 24))
        : phase === 'FOLLOW_UP'
          ? addDays(today, -random.int(40, 240))
          : phase === 'ENDED'
            ? addDays(today, -random.int(150, 300))
            : null;
    if (lease && moveIn) moveInOn(app, lease, moveIn);
    const start = moveIn ? addDays(moveIn, -45) : addDays(app.submittedAt, 10);
    const phases: { phase: Phase; at: string }[] = [{ phase: 'PRE_ALLOCATION', at: start }];
    if (moveIn) phases.push({ phase: 'INTEGRATION', at: moveIn });
    if (moveIn && (phase === 'FOLLOW_UP' || phase === 'ENDED'))
      phases.push({ phase: 'FOLLOW_UP', at: addDays(moveIn, 28) });
    const endDate = phase === 'ENDED' ? addDays(today, -random.int(5, 30)) : null;
    if (phase === 'ENDED') phases.push({ phase: 'ENDED', at: endDate as string });
    const w = worker(i);
    accompaniments.push({
      id: stableId('accompaniment', key),
      householdId: app.householdId,
      kind: 'ACCESS',
      supportWorkerId: w,
      socialReferentId: socialManager(i),
      startDate: start,
      endDate,
      endReason: phase === 'ENDED' ? 'Objectifs atteints, relais vers le droit commun' : null,
      outcome: phase === 'ENDED' ? 'HOUSED' : null,
      phase,
      phases,
      conventionId: renewal.id,
      contacts: makeContacts(
        key,
        start,
        endDate ?? today,
        phase === 'INTEGRATION' ? 8 : random.chance(0.3) ? 3 : 5,
        w,
        false,
      ),
      // The first weeks are fragile: some newly housed households already have a signal open, raised
      // two to sixteen days ago, so some are still within their triage deadline and some past it.
      alerts:
        (phase === 'INTEGRATION' || phase === 'FOLLOW_UP') && i % 2 === 0
          ? [
              {
                id: stableId('alert', key),
                raisedAt: addDays(today, -[2, 11, 4, 16][(i / 2) % 4]),
                source: phase === 'INTEGRATION' ? 'LOCAL_STAFF' : 'ARREARS_MEETING',
                signs: phase === 'INTEGRATION' ? ['NEIGHBOUR_CONFLICT'] : ['ARREARS'],
                status: 'NEW',
                description:
                  phase === 'INTEGRATION'
                    ? 'Le gardien signale des tensions avec le voisinage depuis l’emménagement.'
                    : 'Premier loyer impayé relevé en réunion impayés.',
                history: [],
              },
            ]
          : [],
      diagnostic: diagnosticFor(key, addDays(start, 7)),
    });
  });
  const sustainmentSigns: AlertSign[][] = [
    ['NO_RESPONSE_TO_REMINDERS'],
    ['HOARDING_OR_NEGLECT'],
    ['EVICTION_PROCEDURE', 'ARREARS'],
    ['ARREARS'],
    ['NEIGHBOUR_CONFLICT'],
  ];
  for (let i = 0; i < 30 - access.length; i++) {
    const key = `sustainment-${i}`;
    const household = makeHousehold(key, 'ISOLATED_TENANT', addDays(today, -random.int(700, 3000)));
    household.consentToShareDate = addDays(today, -random.int(60, 300));
    const dwelling = takeOccupied();
    addLease(key, household, dwelling, household.createdAt, {
      inspection: true,
      arrearsMonths: i % 3 === 0 ? random.int(2, 5) : 0,
    });
    const start = addDays(today, -random.int(40, 300));
    const phase: Phase = i < 7 ? 'FOLLOW_UP' : 'ENDED';
    const endDate = phase === 'ENDED' ? addDays(today, -random.int(3, 20)) : null;
    const w = worker(i + 1);
    const raisedAt = addDays(start, -random.int(3, 15));
    const alertStatus: AlertStatus =
      i < 3 ? 'NEW' : i < 5 ? 'SHARED_DIAGNOSIS' : i < 7 ? 'ACTION_AGREED' : 'CLOSED';
    const alertSteps: AlertStatus[] = ['SHARED_DIAGNOSIS', 'ACTION_AGREED', 'CLOSED'].slice(
      0,
      ['NEW', 'SHARED_DIAGNOSIS', 'ACTION_AGREED', 'CLOSED'].indexOf(alertStatus),
    ) as AlertStatus[];
    accompaniments.push({
      id: stableId('accompaniment', key),
      householdId: household.id,
      kind: 'TENANCY_SUSTAINMENT',
      supportWorkerId: w,
      socialReferentId: socialManager(i),
      startDate: start,
      endDate,
      endReason: phase === 'ENDED' ? 'Situation stabilisée' : null,
      outcome: phase === 'ENDED' ? (i % 2 ? 'SUSTAINED' : 'EVICTION_AVOIDED') : null,
      phase,
      phases: [
        { phase: 'FOLLOW_UP', at: start },
        ...(endDate ? [{ phase: 'ENDED' as Phase, at: endDate }] : []),
      ],
      conventionId: renewal.id,
      contacts: makeContacts(key, start, endDate ?? today, 4, w, true),
      alerts: [
        {
          id: stableId('alert', key),
          // The three still NEW: raised yesterday and five days ago (within five working days
          // whatever the weekday), and twelve days ago (past it).
          raisedAt: i < 3 ? addDays(today, -[1, 12, 5][i]) : raisedAt,
          source: random.pick([
            'TENANT_REQUEST',
            'ARREARS_MEETING',
            'LOCAL_STAFF',
            'NEIGHBOUR',
            'FAMILY',
            'PARTNER',
          ] as const),
          signs: sustainmentSigns[i % sustainmentSigns.length],
          status: alertStatus,
          description: 'Situation signalée par le gardien : le locataire ne répond plus aux relances.',
          history: alertSteps.map((to, s) => ({
            to,
            at: addDays(raisedAt, (s + 1) * 4),
            by: socialManager(i),
          })),
        },
      ],
      diagnostic: diagnosticFor(key, addDays(start, 10)),
    });
  }

  // The 2015–2017 convention's households: thirty a year, all ended.
  const conventionEnd = `${conventions[0].endYear}-12-31`;
  for (let year = 2015; year <= 2017; year++) {
    for (let i = 0; i < 30; i++) {
      const key = `history-${year}-${i}`;
      const targetPublic = random.weighted([
        ['SINGLE_PARENT', 45],
        ['LEAVING_PRISON', 20],
        ['ISOLATED_TENANT', 35],
      ] as const);
      const start = `${year}-${String(1 + Math.floor(i / 3)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
      const household = makeHousehold(key, targetPublic, addDays(start, -30));
      household.consentToShareDate = addDays(start, -5);
      // Support ends with the convention at the latest: none of its months falls outside its years.
      const wanted = addDays(start, random.int(150, 420));
      const endDate = wanted > conventionEnd ? conventionEnd : wanted;
      const kind: AccompanimentKind = targetPublic === 'ISOLATED_TENANT' ? 'TENANCY_SUSTAINMENT' : 'ACCESS';
      const dwelling = takeOccupied();
      addLease(key, household, dwelling, kind === 'ACCESS' ? addDays(start, 40) : addDays(start, -900), {
        inspection: true,
        endDate: random.chance(0.2) ? addDays(endDate, random.int(100, 900)) : null,
      });
      const w = worker(i);
      accompaniments.push({
        id: stableId('accompaniment', key),
        householdId: household.id,
        kind,
        supportWorkerId: w,
        socialReferentId: socialManager(i),
        startDate: start,
        endDate,
        endReason: endDate === conventionEnd ? 'Fin de la convention' : 'Fin de l’accompagnement',
        outcome: random.weighted([
          [kind === 'ACCESS' ? 'HOUSED' : 'SUSTAINED', 70],
          ['EVICTION_AVOIDED', kind === 'ACCESS' ? 0 : 15],
          ['MOVED_OUT', 8],
          ['REFUSED', 5],
          ['EVICTED', 2],
        ] as const),
        phase: 'ENDED',
        phases: [
          { phase: kind === 'ACCESS' ? 'PRE_ALLOCATION' : 'FOLLOW_UP', at: start },
          ...(kind === 'ACCESS'
            ? [
                { phase: 'INTEGRATION' as Phase, at: addDays(start, 40) },
                { phase: 'FOLLOW_UP' as Phase, at: addDays(start, 68) },
              ]
            : []),
          { phase: 'ENDED', at: endDate },
        ],
        conventionId: conventions[0].id,
        contacts: makeContacts(key, start, endDate, 2, w, kind === 'TENANCY_SUSTAINMENT'),
        alerts: [],
        diagnostic: diagnosticFor(key, addDays(start, 10)),
      });
    }
  }

  // The previous convention: tenants of the first one, still in their dwelling, supported again to
  // keep it, six a year, each ending with the convention at the latest — but the last, still
  // running on its last day, carried over to the renewal (as carryOverAccompaniments does) and
  // ended in the renewal's first months.
  const previous = conventions[2];
  const previousEnd = `${previous.endYear}-12-31`;
  const tenants = accompaniments.filter(
    (a) =>
      a.conventionId === conventions[0].id &&
      a.kind === 'TENANCY_SUSTAINMENT' &&
      leases.some((l) => l.householdId === a.householdId && l.endDate === null),
  );
  tenants.slice(0, 18).forEach((first, i) => {
    const key = `previous-${i}`;
    const year = previous.startYear + Math.floor(i / 6);
    const carried = i === Math.min(tenants.length, 18) - 1;
    const start = carried
      ? `${previous.endYear}-09-15`
      : `${year}-${String(1 + (i % 6) * 2).padStart(2, '0')}-10`;
    const wanted = addDays(start, 150 + ((i * 37) % 270));
    const endDate = carried || wanted > previousEnd ? previousEnd : wanted;
    const w = worker(i);
    const old: PlanAccompaniment = {
      id: stableId('accompaniment', key),
      householdId: first.householdId,
      kind: 'TENANCY_SUSTAINMENT',
      supportWorkerId: w,
      socialReferentId: socialManager(i),
      startDate: start,
      endDate,
      endReason: carried
        ? `Reporté sur la convention suivante au 1er janvier ${previous.endYear + 1} (accompagnement poursuivi)`
        : endDate === previousEnd
          ? 'Fin de la convention'
          : 'Fin de l’accompagnement',
      outcome: carried ? 'CARRIED_OVER' : 'SUSTAINED',
      phase: 'ENDED',
      phases: [
        { phase: 'FOLLOW_UP', at: start },
        { phase: 'ENDED', at: endDate },
      ],
      conventionId: previous.id,
      contacts: makeContacts(key, start, endDate, 2, w, true),
      alerts: [],
      diagnostic: null,
    };
    accompaniments.push(old);
    if (!carried) return;
    const goesOnFrom = `${previous.endYear + 1}-01-01`;
    const goesOnUntil = `${previous.endYear + 1}-05-29`;
    accompaniments.push({
      ...old,
      id: stableId('accompaniment', `${key}-carried`),
      startDate: goesOnFrom,
      endDate: goesOnUntil,
      endReason: 'Maintien dans le logement assuré, relais vers le droit commun',
      outcome: 'SUSTAINED',
      phases: [
        { phase: 'FOLLOW_UP', at: start },
        { phase: 'ENDED', at: goesOnUntil },
      ],
      conventionId: renewal.id,
      carriedOverFromId: old.id,
      contacts: makeContacts(`${key}-carried`, goesOnFrom, goesOnUntil, 2, w, true),
    });
  });

  raiseArrearsAlerts(accompaniments, leases, today, socialManager);
  settleFunding(conventions, accompaniments, today, fundingManager);

  return {
    today,
    residences,
    dwellings,
    households,
    applications,
    commissions,
    leases,
    accompaniments,
    funders,
    conventions,
  };
}

/** What a change sets on a funding line. */
type FundingChangeStep = Partial<
  Pick<PlanFundingLine, 'status' | 'requestedCents' | 'grantedCents' | 'paidCents'>
>;

/** Applies a change to a planned funding line and records it in its history, before → after. */
function changeFundingLine(
  line: PlanFundingLine,
  kind: PlanFundingChange['kind'],
  at: string,
  by: string,
  reason: string,
  next: FundingChangeStep,
): void {
  const before = { ...line };
  Object.assign(line, next);
  if (next.status === 'GRANTED') line.grantedAt = at;
  if (next.status === 'PAID') line.paidAt = at;
  line.history.push({
    kind,
    at,
    by,
    reason,
    statusBefore: before.status,
    statusAfter: line.status,
    requestedCentsBefore: before.requestedCents,
    requestedCentsAfter: line.requestedCents,
    grantedCentsBefore: before.grantedCents,
    grantedCentsAfter: line.grantedCents,
    paidCentsBefore: before.paidCents,
    paidCentsAfter: line.paidCents,
  });
}

/**
 * Measure-months a convention consumed in `year` up to `today`, as accompaniment counts them: a
 * household followed some day of a month counts that month once.
 */
export function consumedMeasureMonths(
  accompaniments: readonly PlanAccompaniment[],
  conventionId: string,
  year: number,
  today: string,
): number {
  let total = 0;
  for (let month = 1; month <= 12; month++) {
    const first = `${year}-${String(month).padStart(2, '0')}-01`;
    if (first > today) break;
    const last = addDays(addMonths(first, 1), -1);
    const followed = new Set(
      accompaniments
        .filter((a) => a.conventionId === conventionId)
        .filter((a) => a.startDate <= (last < today ? last : today))
        .filter((a) => a.endDate === null || a.endDate >= first)
        .map((a) => a.householdId),
    );
    total += followed.size;
  }
  return total;
}

/**
 * Pays each granted share of a past year at what the consumption made due: its share of the
 * measure-months consumed at the convention's unit cost, down to the euro, and never above what
 * was granted; paid in February after the year, once the year is counted. A share of a year that
 * consumed nothing is cancelled instead: nothing is due.
 */
function settleFunding(
  conventions: readonly PlanConvention[],
  accompaniments: readonly PlanAccompaniment[],
  today: string,
  by: string,
): void {
  const currentYear = Number(today.slice(0, 4));
  for (const convention of conventions) {
    const unitCostCents = convention.annualCostCents / (convention.plannedHouseholdsPerYear * 12);
    for (const line of convention.fundingLines) {
      if (line.year >= currentYear || line.status !== 'GRANTED' || line.grantedCents === null) continue;
      const consumed = consumedMeasureMonths(accompaniments, convention.id, line.year, today);
      const dueCents = Math.round((consumed * unitCostCents * line.sharePercent) / 100);
      const paidCents = Math.min(line.grantedCents, Math.floor(dueCents / 100) * 100);
      const at = `${line.year + 1}-02-15` <= today ? `${line.year + 1}-02-15` : today;
      if (paidCents === 0) {
        changeFundingLine(
          line,
          'CANCELLED',
          at,
          by,
          `Aucun mois-mesure consommé en ${line.year} : rien n’est dû`,
          { status: 'CANCELLED' },
        );
        continue;
      }
      changeFundingLine(
        line,
        'MOVED',
        at,
        by,
        `Versement au vu des ${consumed} mois-mesures consommés en ${line.year}`,
        { status: 'PAID', paidCents },
      );
    }
  }
}

/**
 * The alerts the arrears rule raises (housing's `ArrearsReached`, accompaniment's alert from it): a
 * followed household whose running lease owes two months or more has an open ARREARS alert from
 * the arrears meeting, raised the month its arrears reached two months (not before its
 * accompaniment began), unless one is open already. Their stages vary, as in real use.
 */
function raiseArrearsAlerts(
  accompaniments: PlanAccompaniment[],
  leases: readonly PlanLease[],
  today: string,
  socialManager: (i: number) => string,
): void {
  const stages: AlertStatus[] = ['NEW', 'SHARED_DIAGNOSIS', 'ACTION_AGREED'];
  let raised = 0;
  for (const accompaniment of accompaniments) {
    if (accompaniment.phase === 'ENDED') continue;
    const lease = leases.find((l) => l.householdId === accompaniment.householdId && l.endDate === null);
    if (!lease || arrearsOf(lease.rent).monthsInArrears < ARREARS_ALERT_MONTHS) continue;
    const open = accompaniment.alerts.some((a) => a.status !== 'CLOSED' && a.signs.includes('ARREARS'));
    if (open) continue;
    // The month whose record took the arrears to two months.
    const reached = lease.rent.findIndex(
      (_, i) => arrearsOf(lease.rent.slice(0, i + 1)).monthsInArrears >= ARREARS_ALERT_MONTHS,
    );
    const month = lease.rent[reached].month;
    const raisedAt = [addDays(month, 4), accompaniment.startDate, today].sort()[1];
    const status = stages[raised % stages.length];
    const steps = stages.slice(1, stages.indexOf(status) + 1);
    accompaniment.alerts.push({
      id: stableId('alert', `arrears-${accompaniment.id}`),
      raisedAt,
      source: 'ARREARS_MEETING',
      signs: ['ARREARS'],
      status,
      description: 'Impayés ≥ 2 mois',
      history: steps.map((to, s) => ({
        to,
        at: [addDays(raisedAt, (s + 1) * 3), today].sort()[0],
        by: socialManager(raised),
      })),
      arrears: arrearsOf(lease.rent.slice(0, reached + 1)),
    });
    raised++;
  }
}
