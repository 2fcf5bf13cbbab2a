import type { Calendar } from '@ash/kit';
import { matchReasons, type MatchingSettings as RuleSettings } from '@ash/matching';
import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { MatchingRepository, type MatchRequest } from './matching.repository';
import type { DwellingMatch } from './matching.types';
import { MatchingSettings } from './matching-settings.entity';
import { dwellingProfile } from './profile';

/**
 * Per request: the day, the current settings (read once, on first use) and the loader that answers
 * every household's `matchingDwellings` of a request level with one SQL statement.
 */
export function createMatchingContext(em: EntityManager, calendar: Calendar) {
  const today = calendar.today();
  let settings: Promise<MatchingSettings> | undefined;
  const currentSettings = (): Promise<MatchingSettings> => {
    settings ??= em
      .find(MatchingSettings, {}, { limit: 1 })
      // The migration writes the defaults; an emptied table still matches with them.
      .then(([row]) => row ?? new MatchingSettings());
    return settings;
  };
  const rules = (row: MatchingSettings): RuleSettings => ({
    effortRateCeiling: row.effortRateCeiling,
    horizonDays: row.horizonDays,
    typologiesBySize: row.typologiesBySize,
  });

  const dwellingMatches = new DataLoader<MatchRequest, DwellingMatch[], string>(
    async (requests) => {
      const current = rules(await currentSettings());
      const groups = await new MatchingRepository(em).bestMatches(requests, current, today);
      return groups.map((rows, i) =>
        rows.map(({ dwelling, commune, score }) => ({
          dwelling,
          score,
          reasons: matchReasons(requests[i].needs, dwellingProfile(dwelling, commune), current, today),
        })),
      );
    },
    { cacheKeyFn: (request) => JSON.stringify([request.householdId, request.first, request.needs]) },
  );

  return { today, currentSettings, rules: async () => rules(await currentSettings()), dwellingMatches };
}

export type MatchingContext = ReturnType<typeof createMatchingContext>;
