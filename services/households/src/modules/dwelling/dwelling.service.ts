import { BadUserInputError, type IsoDate } from '@ash/kit';
import {
  type DwellingProfile,
  type MatchingSettings,
  matches,
  matchReasons,
  matchScore,
  settingsProblems,
} from '@ash/matching';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { Application } from '../application/application.entity';
import { ApplicationStatus } from '../application/application.enums';
import { loadHouseholdNeeds } from '../household/household.needs';
import type { CandidateMatch, DwellingMatchingProfile } from './dwelling.reference';

export const DEFAULT_CANDIDATES = 3;
export const MAX_CANDIDATES = 20;

/** One dwelling whose candidates are asked for. */
export interface CandidatesRequest {
  dwellingId: string;
  profile: DwellingMatchingProfile;
  first: number;
}

function settingsOf(profile: DwellingMatchingProfile): MatchingSettings {
  const settings: MatchingSettings = {
    effortRateCeiling: profile.effortRateCeiling,
    horizonDays: profile.horizonDays,
    typologiesBySize: profile.typologiesBySize,
  };
  const problems = settingsProblems(settings);
  if (problems.length)
    throw new BadUserInputError('The matching profile carries invalid settings', { problems });
  return settings;
}

/**
 * The applications READY_FOR_COMMISSION that match each dwelling by every rule, best score first
 * then oldest submission, at most `first` each. Whatever the number of dwellings: one statement
 * for the candidates (prefiltered in SQL on status, commune, typology and maximum rent), one for
 * their households' needs; the rules themselves are `@ash/matching`'s.
 */
export async function rankCandidates(
  em: EntityManager,
  requests: readonly CandidatesRequest[],
  day: IsoDate,
  scope: FilterQuery<Application> = {},
): Promise<CandidateMatch[][]> {
  const settings = requests.map((r) => settingsOf(r.profile));
  const arms = new Map<string, FilterQuery<Application>>();
  for (const { profile } of requests) {
    const total = profile.rentCents + profile.serviceChargesCents;
    arms.set(`${profile.commune}|${profile.typology}|${total}`, {
      desiredCommunes: { $contains: [profile.commune] },
      // `<@ '{}'`: no typology asked for.
      $or: [
        { desiredTypologies: { $contains: [profile.typology] } },
        { desiredTypologies: { $contained: [] } },
      ],
      maxRentCents: { $gte: total },
    });
  }
  if (arms.size === 0) return [];
  const applications = await em.find(Application, {
    $and: [{ status: ApplicationStatus.READY_FOR_COMMISSION, $or: [...arms.values()] }, scope],
  });
  const needs = await loadHouseholdNeeds(
    em,
    applications.map((a) => a.household.id),
  );
  return requests.map(({ profile, first }, i) => {
    const dwelling: DwellingProfile = profile;
    const ranked: (CandidateMatch & { submittedAt: string })[] = [];
    for (const application of applications) {
      const household = needs.get(application.household.id);
      if (!household || !matches(household, dwelling, settings[i], day)) continue;
      ranked.push({
        application,
        score: matchScore(household, dwelling, settings[i], day),
        reasons: matchReasons(household, dwelling, settings[i], day),
        submittedAt: application.submittedAt,
      });
    }
    ranked.sort(
      (a, b) =>
        b.score - a.score ||
        a.submittedAt.localeCompare(b.submittedAt) ||
        a.application.id.localeCompare(b.application.id),
    );
    return ranked.slice(0, first).map(({ submittedAt: _s, ...match }) => match);
  });
}
