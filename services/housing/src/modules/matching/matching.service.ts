import {
  type Actor,
  BadUserInputError,
  NotFoundError,
  PERSON_DATA_READERS,
  Role,
  requireActor,
  requireRole,
  stamp,
} from '@ash/kit';
import { checkRules, type MatchingSettings as RuleSettings, settingsProblems } from '@ash/matching';
import { LockMode } from '@mikro-orm/core';
import type { HousingContext } from '../../context';
import type { Household } from '../household/household.reference';
import type { MatchingSettingsInput } from './matching.input';
import { type ImpactFigures, MatchingRepository } from './matching.repository';
import type { DwellingMatch, RuleCheck } from './matching.types';
import { MatchRule } from './matching.types';
import { MatchingSettings, MatchingSettingsChange } from './matching-settings.entity';
import { dwellingProfile } from './profile';

/** Social management sets the rules (DESIGN.md); admins may too. */
export const SETTINGS_WRITERS = [Role.SocialManager, Role.Admin] as const;
/** Most matches one household may ask for. */
export const MAX_MATCHES = 20;
const MAX_HISTORY = 100;
const MAX_NOTE = 1000;

function proposedSettings(input: MatchingSettingsInput): RuleSettings {
  const settings: RuleSettings = {
    effortRateCeiling: input.effortRateCeiling,
    horizonDays: input.horizonDays,
    typologiesBySize: input.typologiesBySize.map((list) => [...list]),
  };
  const problems = settingsProblems(settings);
  if (problems.length > 0) {
    throw new BadUserInputError(`Invalid matching settings: ${problems.join('; ')}`, { problems });
  }
  return settings;
}

export class MatchingService {
  constructor(private readonly ctx: Pick<HousingContext, 'em' | 'loaders' | 'matching' | 'calendar'>) {}

  /** The household's best matching dwellings, batched with every other household of the request. */
  async matchingDwellings(actor: Actor, household: Household, first: number): Promise<DwellingMatch[]> {
    requireRole(actor, PERSON_DATA_READERS);
    if (!Number.isInteger(first) || first < 1 || first > MAX_MATCHES) {
      throw new BadUserInputError(`first must be from 1 to ${MAX_MATCHES}`, { field: 'first' });
    }
    if (!household.needs) return [];
    return this.ctx.matching.dwellingMatches.load({
      householdId: household.id,
      needs: household.needs,
      first,
    });
  }

  /** Every rule's verdict for one dwelling, so a social manager sees why it is (not) proposed. */
  async matchCheck(actor: Actor, household: Household, dwellingId: string): Promise<RuleCheck[]> {
    requireRole(actor, PERSON_DATA_READERS);
    const dwelling = await this.ctx.loaders.dwelling.load(dwellingId);
    if (!dwelling) throw new NotFoundError('Dwelling', dwellingId);
    if (!household.needs) return [];
    const residence = await this.ctx.loaders.residence.load(dwelling.residence.id);
    if (!residence) throw new NotFoundError('Residence', dwelling.residence.id);
    const settings = await this.ctx.matching.rules();
    return checkRules(
      household.needs,
      dwellingProfile(dwelling, residence.commune),
      settings,
      this.ctx.matching.today,
    ).map((check) => ({ ...check, rule: MatchRule[check.rule] }));
  }

  settings(actor: Actor): Promise<MatchingSettings> {
    requireActor(actor);
    return this.ctx.matching.currentSettings();
  }

  /** The latest changes of the settings, newest first. */
  history(actor: Actor, first: number): Promise<MatchingSettingsChange[]> {
    requireActor(actor);
    if (!Number.isInteger(first) || first < 1 || first > MAX_HISTORY) {
      throw new BadUserInputError(`first must be from 1 to ${MAX_HISTORY}`, { field: 'first' });
    }
    return this.ctx.em.find(
      MatchingSettingsChange,
      {},
      { orderBy: { changedAt: 'desc', id: 'asc' }, limit: first },
    );
  }

  /** Replaces the settings and records the change (who, when, before, after, why) with them. */
  async updateSettings(
    actor: Actor,
    input: MatchingSettingsInput,
    note: string | null | undefined,
  ): Promise<MatchingSettings> {
    requireRole(actor, SETTINGS_WRITERS);
    const after = proposedSettings(input);
    if (note && note.length > MAX_NOTE) {
      throw new BadUserInputError(`note must be at most ${MAX_NOTE} characters`, { field: 'note' });
    }
    return this.ctx.em.transactional(async (em) => {
      // Locked: two concurrent changes each record the settings the other left.
      let [row] = await em.find(MatchingSettings, {}, { limit: 1, lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!row) {
        row = new MatchingSettings();
        em.persist(row);
      }
      const before: RuleSettings = {
        effortRateCeiling: row.effortRateCeiling,
        horizonDays: row.horizonDays,
        typologiesBySize: row.typologiesBySize,
      };
      Object.assign(row, after);
      stamp(row, actor);
      em.persist(
        Object.assign(new MatchingSettingsChange(), {
          changedAt: this.ctx.calendar.now(),
          changedBy: actor.userId,
          before,
          after,
          note: note ?? null,
        }),
      );
      return row;
    });
  }

  /** What the proposed settings would change for the households awaiting a dwelling (nothing is saved). */
  async impact(actor: Actor, input: MatchingSettingsInput): Promise<ImpactFigures> {
    requireRole(actor, SETTINGS_WRITERS);
    const proposed = proposedSettings(input);
    const current = await this.ctx.matching.rules();
    return new MatchingRepository(this.ctx.em).impact(current, proposed, this.ctx.matching.today);
  }
}
