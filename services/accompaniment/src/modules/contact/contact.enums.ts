import { registerEnumType } from 'type-graphql';

export enum ContactKind {
  HOME_VISIT = 'HOME_VISIT',
  OFFICE = 'OFFICE',
  PHONE = 'PHONE',
  MOVE_IN_INSPECTION = 'MOVE_IN_INSPECTION',
  /** Going to people who no longer answer ("aller vers"). */
  OUTREACH_ATTEMPT = 'OUTREACH_ATTEMPT',
}

/** Who met the household: the landlord's social management, the association, or both. */
export enum ContactConfiguration {
  LANDLORD_ALONE = 'LANDLORD_ALONE',
  ASSOCIATION_ALONE = 'ASSOCIATION_ALONE',
  PAIR = 'PAIR',
}

export enum TimeSlot {
  MORNING = 'MORNING',
  MIDDAY = 'MIDDAY',
  AFTERNOON = 'AFTERNOON',
  EVENING = 'EVENING',
}

export enum ContactPlace {
  HOME = 'HOME',
  OFFICE = 'OFFICE',
  NEIGHBOURHOOD = 'NEIGHBOURHOOD',
  PARTNER_PREMISES = 'PARTNER_PREMISES',
  REMOTE = 'REMOTE',
}

export enum ContactOutcome {
  MET = 'MET',
  NO_ANSWER = 'NO_ANSWER',
  REFUSED = 'REFUSED',
}

registerEnumType(ContactKind, { name: 'ContactKind' });
registerEnumType(ContactConfiguration, { name: 'ContactConfiguration' });
registerEnumType(TimeSlot, { name: 'TimeSlot' });
registerEnumType(ContactPlace, { name: 'ContactPlace' });
registerEnumType(ContactOutcome, { name: 'ContactOutcome' });
