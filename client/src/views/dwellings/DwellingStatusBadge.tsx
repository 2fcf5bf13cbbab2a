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

/** Badge styles that let a long label wrap instead of being cut with an ellipsis. */
export const WRAPPING_BADGE = {
  root: { height: 'auto', maxWidth: '100%', paddingBlock: 2 },
  label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.3 },
} as const;

/** A dwelling's status, coloured so vacancies stand out in a list (dark text: readable on the tint). */
export function DwellingStatusBadge({ status, ...props }: { status: DwellingStatus } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} c="dark.8" variant="light" tt="none" styles={WRAPPING_BADGE} {...props}>
      {t(`enums.DwellingStatus.${status}`)}
    </Badge>
  );
}
