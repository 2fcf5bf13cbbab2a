import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import type { CandidateMatch } from './dwelling.reference';
import { type CandidatesRequest, rankCandidates } from './dwelling.service';

/** `Dwelling.candidates` for every dwelling of a request level at once. */
export function candidatesLoader(em: EntityManager) {
  return new DataLoader<CandidatesRequest, CandidateMatch[], string>(
    (requests) => rankCandidates(em, requests),
    {
      // The profile is part of the key: it carries the settings the ranking used.
      cacheKeyFn: (request) => `${request.dwellingId}:${request.first}:${JSON.stringify(request.profile)}`,
    },
  );
}
