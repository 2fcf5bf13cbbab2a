import { stableId } from './ids';

/** The demo's people who use the system (development identities; `npm run token -- ROLE`). */
export interface DemoUser {
  userId: string;
  name: string;
  role: 'RENTAL_MANAGER' | 'SOCIAL_MANAGER' | 'SUPPORT_WORKER' | 'EVALUATOR' | 'INTEGRATOR' | 'ADMIN';
  organisation: string;
  scopes: string[];
  /** For evaluators: DEPARTMENT (DDCS/DDT) or REGION (DREAL). */
  level?: 'DEPARTMENT' | 'REGION';
}

export const LANDLORD = 'ICF Habitat Atlantique';
export const ASSOCIATION = 'Association Ensemble';

/** The directory's organisations of the demo (each demo user's `organisation` is one of them). */
export interface DemoOrganisation {
  id: string;
  name: string;
  kind: 'LANDLORD' | 'ASSOCIATION' | 'STATE_SERVICE' | 'PARTNER';
}

const organisation = (name: string, kind: DemoOrganisation['kind']): DemoOrganisation => ({
  id: stableId('organisation', name),
  name,
  kind,
});

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  organisation(LANDLORD, 'LANDLORD'),
  organisation(ASSOCIATION, 'ASSOCIATION'),
  organisation('DDCS 76', 'STATE_SERVICE'),
  organisation('DREAL Normandie', 'STATE_SERVICE'),
  organisation('CCAS de Rouen', 'PARTNER'),
  organisation('CAF de Seine-Maritime', 'PARTNER'),
  organisation('SPIP de Seine-Maritime', 'PARTNER'),
];

/**
 * Actors that are no one, whose id the records keep: the demo seed (and data taken over from the
 * landlord's former tools), the retention job that erases inactive households, and other automatic
 * work the audit trail records.
 */
export const SYSTEM_ACTORS: readonly { userId: string; name: string; organisation: string }[] = [
  { userId: 'seed', name: 'Reprise de données', organisation: LANDLORD },
  { userId: 'retention-job', name: 'Purge automatique (durée de conservation)', organisation: LANDLORD },
  { userId: 'system', name: 'Traitement automatique', organisation: LANDLORD },
];

export const DEMO_USERS: readonly DemoUser[] = [
  {
    userId: 'rm-claire-martin',
    name: 'Claire Martin',
    role: 'RENTAL_MANAGER',
    organisation: LANDLORD,
    scopes: [],
  },
  {
    userId: 'sm-nadia-benali',
    name: 'Nadia Benali',
    role: 'SOCIAL_MANAGER',
    organisation: LANDLORD,
    scopes: [],
  },
  {
    userId: 'sm-thomas-leroy',
    name: 'Thomas Leroy',
    role: 'SOCIAL_MANAGER',
    organisation: LANDLORD,
    scopes: [],
  },
  {
    userId: 'sw-julie-moreau',
    name: 'Julie Moreau',
    role: 'SUPPORT_WORKER',
    organisation: ASSOCIATION,
    scopes: [],
  },
  {
    userId: 'sw-karim-haddad',
    name: 'Karim Haddad',
    role: 'SUPPORT_WORKER',
    organisation: ASSOCIATION,
    scopes: [],
  },
  {
    userId: 'sw-sophie-lambert',
    name: 'Sophie Lambert',
    role: 'SUPPORT_WORKER',
    organisation: ASSOCIATION,
    scopes: [],
  },
  {
    userId: 'ev-ddcs-76',
    name: 'Hélène Girard',
    role: 'EVALUATOR',
    organisation: 'DDCS 76',
    scopes: [],
    level: 'DEPARTMENT',
  },
  {
    userId: 'ev-dreal-normandie',
    name: 'Marc Dubois',
    role: 'EVALUATOR',
    organisation: 'DREAL Normandie',
    scopes: [],
    level: 'REGION',
  },
  {
    userId: 'int-si-bailleur',
    name: 'SI du bailleur',
    role: 'INTEGRATOR',
    organisation: LANDLORD,
    scopes: ['housing:read', 'households:read'],
  },
  { userId: 'admin-ops', name: 'Antoine Mercier', role: 'ADMIN', organisation: LANDLORD, scopes: [] },
];

export const SUPPORT_WORKERS = DEMO_USERS.filter((u) => u.role === 'SUPPORT_WORKER');
export const SOCIAL_MANAGERS = DEMO_USERS.filter((u) => u.role === 'SOCIAL_MANAGER');

/** The first demo user holding a role (the one development tokens are issued for). */
export function demoUser(role: DemoUser['role']): DemoUser {
  const user = DEMO_USERS.find((u) => u.role === role);
  if (!user) throw new Error(`No demo user has role ${role}`);
  return user;
}
