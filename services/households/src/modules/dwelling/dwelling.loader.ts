import { type IsoDate, isUuid } from '@ash/kit';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import type { Application } from '../application/application.entity';
import { type Commission, Placement } from '../commission/commission.entity';
import type { CandidateMatch } from './dwelling.reference';
import { type CandidatesRequest, rankCandidates } from './dwelling.service';

/** The session each dwelling is on while that session decides for it (null when on none), one query a batch. */
export function openSessionLoader(em: EntityManager) {
  return new DataLoader<string, Commission | null>(async (dwellingIds) => {
    const wellFormed = dwellingIds.filter(isUuid);
    const placements = wellFormed.length
      ? await em.find(
          Placement,
          { dwellingId: { $in: wellFormed }, open: true },
          { populate: ['commission'] },
        )
      : [];
    const byDwelling = new Map(placements.map((p) => [p.dwellingId, p.commission.getEntity()]));
    return dwellingIds.map((id) => byDwelling.get(id) ?? null);
  });
}

/**
 * `Dwelling.candidates` for every dwelling of a request level at once; `scope` narrows the
 * applications ranked (a support worker's caseload) in the SQL itself.
 */
export function candidatesLoader(em: EntityManager, today: IsoDate, scope: FilterQuery<Application> = {}) {
  return new DataLoader<CandidatesRequest, CandidateMatch[], string>(
    (requests) => rankCandidates(em, requests, today, scope),
    {
      // The profile is part of the key: it carries the settings the ranking used.
      cacheKeyFn: (request) => `${request.dwellingId}:${request.first}:${JSON.stringify(request.profile)}`,
    },
  );
}
