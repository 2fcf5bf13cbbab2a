import type { IsoDate } from '@ash/kit';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import type { Application } from '../application/application.entity';
import type { CandidateMatch } from './dwelling.reference';
import { type CandidatesRequest, rankCandidates } from './dwelling.service';

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
