import { Stack } from '@mantine/core';
import { can } from '../../auth/permissions';
import { useUser } from '../../auth/session';
import type { HouseholdFile } from '../household/HouseholdView';
import { MoveInInspectionForm } from './MoveInInspectionForm';
import { RentPaymentForm } from './RentPaymentForm';
import { SignLeaseForm } from './SignLeaseForm';

/**
 * What the household's lease tab lets a manager do next: sign the lease of the dwelling the
 * commission allocated, then record the move-in inspection, then the rent month by month.
 */
export function HouseholdLeaseForms({ household }: { household: HouseholdFile }) {
  const { role } = useUser();
  const lease = household.currentLease;
  const allocated = household.applications.find(
    (application) => application.status === 'DECIDED' && application.allocatedDwelling,
  );
  const forms = [
    !lease && allocated?.allocatedDwelling && can(role, 'lease.sign') && (
      <SignLeaseForm
        key="sign"
        householdId={household.id}
        dwelling={allocated.allocatedDwelling}
        slidingProposed={allocated.slidingLeaseProposed}
      />
    ),
    lease && !lease.endDate && !lease.moveInInspectionDate && can(role, 'lease.sign') && (
      <MoveInInspectionForm key="inspection" lease={lease} />
    ),
    lease && !lease.endDate && can(role, 'rent.record') && <RentPaymentForm key="rent" lease={lease} />,
  ].filter(Boolean);
  if (!forms.length) return null;
  return (
    <Stack gap="md" mt="md" data-testid="lease-forms">
      {forms}
    </Stack>
  );
}
