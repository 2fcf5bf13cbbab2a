import { registerEnumType } from 'type-graphql';

/**
 * What a member of the directory does: the association's referents and the landlord's social
 * management follow households; the others appear as the authors of moves and records. SYSTEM is
 * an actor that is no one (the demo seed, the retention job).
 */
export enum StaffRole {
  SUPPORT_WORKER = 'SUPPORT_WORKER',
  SOCIAL_MANAGER = 'SOCIAL_MANAGER',
  RENTAL_MANAGER = 'RENTAL_MANAGER',
  EVALUATOR = 'EVALUATOR',
  INTEGRATOR = 'INTEGRATOR',
  ADMIN = 'ADMIN',
  SYSTEM = 'SYSTEM',
}

registerEnumType(StaffRole, { name: 'StaffRole' });

/** The kinds of organisation whose staff use the platform. */
export enum OrganisationKind {
  /** The social landlord (rental and social management). */
  LANDLORD = 'LANDLORD',
  /** The support association (its referents, its rental management agency). */
  ASSOCIATION = 'ASSOCIATION',
  /** Department and regional state services (DDCS, DDT, DREAL). */
  STATE_SERVICE = 'STATE_SERVICE',
  /** CCAS, CAF, SPIP, CMP, MDPH, France Travail… */
  PARTNER = 'PARTNER',
}

registerEnumType(OrganisationKind, { name: 'OrganisationKind' });
