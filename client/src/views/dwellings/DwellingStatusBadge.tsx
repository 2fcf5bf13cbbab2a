import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DwellingStatus } from '../../gql/graphql';

const COLORS: Record<DwellingStatus, string> = {
  VACANT: 'green',
  NOTICE_GIVEN: 'yellow',
  OFFERED: 'blue',
  UNDER_WORKS: 'orange',
  OCCUPIED: 'gray',
};

/** A dwelling's status, coloured so vacancies stand out in a list (dark text: readable on the tint). */
export function DwellingStatusBadge({ status, ...props }: { status: DwellingStatus } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} c="dark.8" variant="light" tt="none" {...props}>
      {t(`enums.DwellingStatus.${status}`)}
    </Badge>
  );
}
