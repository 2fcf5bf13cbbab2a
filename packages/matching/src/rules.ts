/*
 * The matching rules of DESIGN.md ("Matching rules"), as pure functions. Housing runs them in SQL
 * for whole pages of households; these functions are the reference the SQL is tested against
 * (property tests), and they explain a match or a non-match rule by rule, with the figures.
 */

export type Typology = 'T1' | 'T2' | 'T3' | 'T4' | 'T5' | 'T6';
export const TYPOLOGIES: readonly Typology[] = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6'];
export type Contingent = 'PREFECTURE' | 'LANDLORD' | 'CITY' | 'EMPLOYER';
export type DwellingStatus = 'OCCUPIED' | 'NOTICE_GIVEN' | 'VACANT' | 'UNDER_WORKS' | 'OFFERED';

/** Settings of the rules (stored by housing, changed by social management). */
export interface MatchingSettings {
  /** Highest effort rate: (rent + charges − housing benefit) / resources. Default 0.30. */
  effortRateCeiling: number;
  /** How far ahead a dwelling may become available, in days. Default 90. */
  horizonDays: number;
  /**
   * Typologies that fit a household of each size, preferred first; the last entry serves larger
   * households. Default from the source document: T3 first, then T2 and T4.
   */
  typologiesBySize: Typology[][];
}

export const DEFAULT_SETTINGS: MatchingSettings = {
  effortRateCeiling: 0.3,
  horizonDays: 90,
  typologiesBySize: [
    ['T1', 'T2'], // 1 person
    ['T2', 'T3'], // 2
    ['T3', 'T2', 'T4'], // 3
    ['T3', 'T4'], // 4
    ['T4', 'T5'], // 5
    ['T5', 'T6'], // 6 and more
  ],
};

/** What matching needs to know of a household awaiting a dwelling. */
export interface HouseholdNeeds {
  size: number;
  monthlyResourcesCents: number;
  housingBenefitCents: number;
  dalo: boolean;
  pdalpd: boolean;
  stepFreeAccessNeed: boolean;
  /** From the application; empty means any typology that fits the size. */
  desiredTypologies: readonly string[];
  desiredCommunes: readonly string[];
  /** Highest rent plus charges the household asked for, if it did. */
  maxRentCents: number | null;
}

/** What matching needs to know of a dwelling. */
export interface DwellingProfile {
  typology: Typology;
  rentCents: number;
  serviceChargesCents: number;
  contingent: Contingent;
  stepFreeAccess: boolean;
  commune: string;
  status: DwellingStatus;
  /** YYYY-MM-DD; null for a vacant dwelling means now. */
  availableFrom: string | null;
  lowRent: boolean;
}

export type RuleCode =
  | 'AVAILABILITY'
  | 'TYPOLOGY_FOR_SIZE'
  | 'WANTED_TYPOLOGY'
  | 'WANTED_COMMUNE'
  | 'EFFORT_RATE'
  | 'MAX_RENT'
  | 'CONTINGENT'
  | 'STEP_FREE_ACCESS';

export interface RuleCheck {
  rule: RuleCode;
  passed: boolean;
  /** A sentence in French, with the figures behind the verdict. */
  detail: string;
}

const euros = (cents: number) => `${Math.round(cents / 100)} €`;
const percent = (rate: number) => `${Math.round(rate * 100)} %`;
const frenchDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const days = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
const people = (n: number) => (n === 1 ? '1 personne' : `${n} personnes`);

/** Typologies that fit a household size, preferred first. */
export function typologiesFor(size: number, settings: MatchingSettings): Typology[] {
  const table = settings.typologiesBySize;
  return table[Math.min(Math.max(size, 1), table.length) - 1] ?? [];
}

/** (rent + charges − housing benefit) / resources, or null when the household declares no resources. */
export function effortRate(needs: HouseholdNeeds, dwelling: DwellingProfile): number | null {
  if (needs.monthlyResourcesCents <= 0) return null;
  const net = Math.max(0, dwelling.rentCents + dwelling.serviceChargesCents - needs.housingBenefitCents);
  return net / needs.monthlyResourcesCents;
}

/** Date from which the dwelling can be let (today when vacant without a date). */
export function availableOn(dwelling: DwellingProfile, today: string): string {
  return dwelling.availableFrom && dwelling.availableFrom > today ? dwelling.availableFrom : today;
}

/** Every rule with its verdict and figures, in a stable order. */
export function checkRules(
  needs: HouseholdNeeds,
  dwelling: DwellingProfile,
  settings: MatchingSettings,
  today: string,
): RuleCheck[] {
  const checks: RuleCheck[] = [];

  const letStatus = dwelling.status === 'VACANT' || dwelling.status === 'NOTICE_GIVEN';
  const from = availableOn(dwelling, today);
  const wait = days(today, from);
  checks.push({
    rule: 'AVAILABILITY',
    passed: letStatus && wait <= settings.horizonDays,
    detail: !letStatus
      ? `logement ${STATUS_LABEL[dwelling.status]} : ni vacant ni en préavis`
      : wait <= 0
        ? `${STATUS_LABEL[dwelling.status]}, disponible immédiatement`
        : `${STATUS_LABEL[dwelling.status]}, disponible le ${frenchDate(from)} (dans ${wait} j ${wait <= settings.horizonDays ? '≤' : '>'} ${settings.horizonDays} j)`,
  });

  const fitting = typologiesFor(needs.size, settings);
  checks.push({
    rule: 'TYPOLOGY_FOR_SIZE',
    passed: fitting.includes(dwelling.typology),
    detail: fitting.includes(dwelling.typology)
      ? `${dwelling.typology} pour ${people(needs.size)}`
      : `${dwelling.typology} ne convient pas à ${people(needs.size)} (${fitting.join(', ')})`,
  });

  const wanted = needs.desiredTypologies.length === 0 || needs.desiredTypologies.includes(dwelling.typology);
  checks.push({
    rule: 'WANTED_TYPOLOGY',
    passed: wanted,
    detail:
      needs.desiredTypologies.length === 0
        ? 'aucune typologie précisée dans la demande'
        : wanted
          ? `${dwelling.typology} demandé`
          : `${dwelling.typology} non demandé (${needs.desiredTypologies.join(', ')})`,
  });

  const commune = needs.desiredCommunes.includes(dwelling.commune);
  checks.push({
    rule: 'WANTED_COMMUNE',
    passed: commune,
    detail: commune
      ? `${dwelling.commune} : commune souhaitée`
      : `${dwelling.commune} hors des communes souhaitées (${needs.desiredCommunes.join(', ') || 'aucune'})`,
  });

  const rate = effortRate(needs, dwelling);
  const ceiling = settings.effortRateCeiling;
  checks.push({
    rule: 'EFFORT_RATE',
    passed: rate !== null && rate <= ceiling,
    detail:
      rate === null
        ? 'ressources non renseignées : taux d’effort incalculable'
        : `taux d’effort ${percent(rate)} ${rate <= ceiling ? '≤' : '>'} ${percent(ceiling)} (${euros(dwelling.rentCents + dwelling.serviceChargesCents)} − APL ${euros(needs.housingBenefitCents)} sur ${euros(needs.monthlyResourcesCents)})`,
  });

  const total = dwelling.rentCents + dwelling.serviceChargesCents;
  checks.push({
    rule: 'MAX_RENT',
    passed: needs.maxRentCents === null || total <= needs.maxRentCents,
    detail:
      needs.maxRentCents === null
        ? 'pas de loyer maximum demandé'
        : `loyer + charges ${euros(total)} ${total <= needs.maxRentCents ? '≤' : '>'} ${euros(needs.maxRentCents)} demandés`,
  });

  checks.push(contingentCheck(needs, dwelling));

  checks.push({
    rule: 'STEP_FREE_ACCESS',
    passed: !needs.stepFreeAccessNeed || dwelling.stepFreeAccess,
    detail: !needs.stepFreeAccessNeed
      ? 'pas de besoin d’accessibilité'
      : dwelling.stepFreeAccess
        ? 'accès de plain-pied, comme le ménage en a besoin'
        : 'pas d’accès de plain-pied alors que le ménage en a besoin',
  });
  return checks;
}

const STATUS_LABEL: Record<DwellingStatus, string> = {
  VACANT: 'vacant',
  NOTICE_GIVEN: 'préavis donné',
  OCCUPIED: 'occupé',
  UNDER_WORKS: 'en travaux',
  OFFERED: 'déjà proposé',
};

/**
 * The prefect's quota (PREFECTURE) is for DALO or PDALPD households; the landlord's and the
 * city's own dwellings are open to the target publics (source document); an employer's quota
 * belongs to that employer's staff.
 */
function contingentCheck(needs: HouseholdNeeds, dwelling: DwellingProfile): RuleCheck {
  switch (dwelling.contingent) {
    case 'PREFECTURE': {
      const status = needs.dalo ? 'DALO' : needs.pdalpd ? 'PDALPD' : null;
      return {
        rule: 'CONTINGENT',
        passed: status !== null,
        detail: status
          ? `contingent préfecture : ménage ${status}`
          : 'contingent préfecture réservé aux ménages DALO ou PDALPD',
      };
    }
    case 'LANDLORD':
      return { rule: 'CONTINGENT', passed: true, detail: 'contingent bailleur' };
    case 'CITY':
      return { rule: 'CONTINGENT', passed: true, detail: 'contingent ville (après échange avec la commune)' };
    case 'EMPLOYER':
      return {
        rule: 'CONTINGENT',
        passed: false,
        detail: 'contingent employeur : réservé aux salariés de l’employeur',
      };
  }
}

/** True when every rule passes. */
export function matches(
  needs: HouseholdNeeds,
  dwelling: DwellingProfile,
  settings: MatchingSettings,
  today: string,
): boolean {
  return checkRules(needs, dwelling, settings, today).every((check) => check.passed);
}

/**
 * Ranking of a match, 0–100 (higher first; ties broken by dwelling reference):
 * - typology: 40 for the size's first preference, 25 for the second, 15 beyond;
 * - effort: 30 × (1 − effort rate / ceiling), so the more affordable ranks higher;
 * - availability: 20 when available now, down to 0 at the horizon;
 * - low-rent offer: 10.
 */
export function matchScore(
  needs: HouseholdNeeds,
  dwelling: DwellingProfile,
  settings: MatchingSettings,
  today: string,
): number {
  const rank = typologiesFor(needs.size, settings).indexOf(dwelling.typology);
  const typologyPoints = rank === 0 ? 40 : rank === 1 ? 25 : 15;
  const rate = effortRate(needs, dwelling) ?? settings.effortRateCeiling;
  const effortPoints = 30 * Math.max(0, 1 - rate / settings.effortRateCeiling);
  const wait = Math.max(0, days(today, availableOn(dwelling, today)));
  const availabilityPoints =
    settings.horizonDays > 0 ? 20 * Math.max(0, 1 - wait / settings.horizonDays) : 20;
  return Math.round(typologyPoints + effortPoints + availabilityPoints + (dwelling.lowRent ? 10 : 0));
}

/** What a person reads next to a match: the rules that made it, worth saying. */
export function matchReasons(
  needs: HouseholdNeeds,
  dwelling: DwellingProfile,
  settings: MatchingSettings,
  today: string,
): string[] {
  return checkRules(needs, dwelling, settings, today)
    .filter((check) => check.passed)
    .filter((check) => !(check.rule === 'STEP_FREE_ACCESS' && !needs.stepFreeAccessNeed))
    .filter((check) => !(check.rule === 'MAX_RENT' && needs.maxRentCents === null))
    .filter((check) => !(check.rule === 'WANTED_TYPOLOGY' && needs.desiredTypologies.length === 0))
    .map((check) => check.detail);
}

/** What is wrong with proposed settings (empty when they can be applied). */
export function settingsProblems(settings: MatchingSettings): string[] {
  const problems: string[] = [];
  if (!(settings.effortRateCeiling > 0 && settings.effortRateCeiling <= 1)) {
    problems.push('effortRateCeiling must be above 0 and at most 1');
  }
  if (!Number.isInteger(settings.horizonDays) || settings.horizonDays < 0 || settings.horizonDays > 730) {
    problems.push('horizonDays must be a whole number from 0 to 730');
  }
  if (settings.typologiesBySize.length < 1 || settings.typologiesBySize.length > 10) {
    problems.push('typologiesBySize needs one to ten sizes');
  }
  settings.typologiesBySize.forEach((list, i) => {
    if (
      list.length === 0 ||
      list.some((t) => !TYPOLOGIES.includes(t)) ||
      new Set(list).size !== list.length
    ) {
      problems.push(`typologiesBySize[${i}] must list distinct typologies T1–T6`);
    }
  });
  return problems;
}
