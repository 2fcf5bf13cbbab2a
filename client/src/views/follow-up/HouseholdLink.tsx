import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../../app/navigation';

export const PAGE_SIZE = 100;

export function HouseholdLink({
  household,
}: {
  household: { id: string; reference: string } | null | undefined;
}) {
  if (!household) return <Text span>—</Text>;
  return (
    <Anchor component={Link} to={paths.household(household.id, 'accompagnement')}>
      {household.reference}
    </Anchor>
  );
}
