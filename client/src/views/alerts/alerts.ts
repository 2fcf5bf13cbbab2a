import { graphql } from '../../gql';
import type { AlertSource, AlertStatus, AlertsRowFragment } from '../../gql/graphql';

export const STATUSES: AlertStatus[] = ['NEW', 'SHARED_DIAGNOSIS', 'ACTION_AGREED', 'CLOSED'];

export const OPEN_STATUSES: AlertStatus[] = ['NEW', 'SHARED_DIAGNOSIS', 'ACTION_AGREED'];

export const SOURCES: AlertSource[] = [
  'TENANT_REQUEST',
  'ARREARS_MEETING',
  'LOCAL_STAFF',
  'NEIGHBOUR',
  'FAMILY',
  'PARTNER',
];

/** The moves the accompaniment service allows (ALERT_TRANSITIONS), the usual next step first. */
export const NEXT_STATUSES: Record<AlertStatus, AlertStatus[]> = {
  NEW: ['SHARED_DIAGNOSIS', 'CLOSED'],
  SHARED_DIAGNOSIS: ['ACTION_AGREED', 'CLOSED'],
  ACTION_AGREED: ['CLOSED', 'SHARED_DIAGNOSIS'],
  CLOSED: [],
};

export const STATUS_COLOR: Record<AlertStatus, string> = {
  NEW: 'blue.8',
  SHARED_DIAGNOSIS: 'violet.8',
  ACTION_AGREED: 'teal.9',
  CLOSED: 'gray.7',
};

export const NOTE_MAX = 2000;

/** Mantine's default error and description greys and reds are below the contrast ratio. */
export const READABLE_INPUT = {
  error: { color: 'var(--mantine-color-red-9)' },
  description: { color: 'var(--mantine-color-gray-7)' },
  required: { color: 'var(--mantine-color-red-9)' },
  input: { color: 'var(--mantine-color-text)' },
};

export const NO_WRAP = { whiteSpace: 'nowrap' } as const;

graphql(`
  fragment AlertsRow on Alert {
    id
    version
    source
    signs @include(if: $details)
    description @include(if: $details)
    status
    raisedAt
    triageDeadline
    overdue
    arrearsMonths @include(if: $details)
    arrearsCents @include(if: $arrearsAmount)
    household {
      id
      reference
    }
    transitions {
      id
      from
      to
      at
      by
      byUser {
        id
        displayName
      }
      note @include(if: $details)
    }
  }
`);

export function parseList<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  if (!value) return [];
  return value.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));
}

export function byDeadline(a: AlertsRowFragment, b: AlertsRowFragment): number {
  return a.triageDeadline.localeCompare(b.triageDeadline) || a.raisedAt.localeCompare(b.raisedAt);
}
