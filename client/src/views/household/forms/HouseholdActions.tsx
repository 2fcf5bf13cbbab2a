import { useQuery } from '@apollo/client/react';
import { Button, Group } from '@mantine/core';
import { IconEraser, IconFilePlus, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../auth/permissions';
import { useUser } from '../../../auth/session';
import { graphql } from '../../../gql';
import type { ApplicationStatus } from '../../../gql/graphql';
import { EraseHouseholdModal } from './EraseHouseholdModal';
import { SubmitApplicationModal } from './SubmitApplicationModal';
import { UpdateHouseholdModal } from './UpdateHouseholdModal';

// What the household's forms start from: its editable fields, its version, its applications' steps.
const HouseholdForEditQuery = graphql(`
  query HouseholdForEdit($id: ID!, $withTargetPublic: Boolean!) {
    household(id: $id) {
      id
      reference
      version
      monthlyResourcesCents
      housingBenefitCents
      singleParent
      dalo
      collectiveAgreement
      pdalpd
      stepFreeAccessNeed
      targetPublic @include(if: $withTargetPublic)
      consentToShareDate
      members {
        id
        firstName
        lastName
        birthDate
        role
      }
      applications {
        id
        status
      }
    }
  }
`);

/** An application neither moved in nor withdrawn (the API's CLOSED_APPLICATION_STATUSES). */
const CLOSED: ApplicationStatus[] = ['MOVED_IN', 'WITHDRAWN'];

type Open = 'update' | 'submit' | 'erase' | null;

/** The household file's actions, each for the roles the API lets do it. */
export function HouseholdActions({ householdId }: { householdId: string }) {
  const { t } = useTranslation('householdForms');
  const { role } = useUser();
  const [open, setOpen] = useState<Open>(null);
  const mayUpdate = can(role, 'household.update');
  const maySubmit = can(role, 'application.submit');
  const mayErase = can(role, 'household.erase');
  const withTargetPublic = can(role, 'household.targetPublic');
  const { data } = useQuery(HouseholdForEditQuery, {
    variables: { id: householdId, withTargetPublic },
    skip: !mayUpdate && !maySubmit && !mayErase,
  });
  const household = data?.household;
  if (!household) return null;
  const hasOpenApplication = household.applications.some((a) => !CLOSED.includes(a.status));
  const close = () => setOpen(null);

  return (
    <Group gap="sm" data-testid="household-actions">
      {mayUpdate && (
        <Button
          variant="outline"
          leftSection={<IconPencil size={16} aria-hidden />}
          onClick={() => setOpen('update')}
          data-testid="update-household"
        >
          {t('actions.update')}
        </Button>
      )}
      {maySubmit && !hasOpenApplication && (
        <Button
          variant="outline"
          leftSection={<IconFilePlus size={16} aria-hidden />}
          onClick={() => setOpen('submit')}
          data-testid="submit-application"
        >
          {t('actions.submitApplication')}
        </Button>
      )}
      {mayErase && (
        <Button
          variant="outline"
          color="red.9"
          leftSection={<IconEraser size={16} aria-hidden />}
          onClick={() => setOpen('erase')}
          data-testid="erase-household"
        >
          {t('actions.erase')}
        </Button>
      )}
      {open === 'update' && (
        <UpdateHouseholdModal household={household} withTargetPublic={withTargetPublic} onClose={close} />
      )}
      {open === 'submit' && <SubmitApplicationModal householdId={household.id} onClose={close} />}
      {open === 'erase' && (
        <EraseHouseholdModal householdId={household.id} reference={household.reference} onClose={close} />
      )}
    </Group>
  );
}
