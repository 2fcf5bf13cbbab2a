import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/navigation';
import type { AlertStatus, AlertsRowFragment } from '../../gql/graphql';
import { formatDate, formatMoney } from '../../i18n/format';

import { NO_WRAP, STATUS_COLOR } from './alerts';

export function StatusBadge({ status }: { status: AlertStatus }) {
  const { t } = useTranslation('alerts');
  return (
    <Badge color={STATUS_COLOR[status]} variant="outline" tt="none">
      {t(`common:enums.AlertStatus.${status}`)}
    </Badge>
  );
}

/**
 * The inbox's rows: household, source, signs and description (the social team's), status, dates
 * with the deadline passed said in words, arrears, and the move button for who may triage.
 */
export function AlertsTable({
  rows,
  details,
  mayMove,
  onMove,
}: {
  rows: AlertsRowFragment[];
  details: boolean;
  mayMove: boolean;
  onMove: (alert: AlertsRowFragment) => void;
}) {
  const { t } = useTranslation('alerts');
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped highlightOnHover horizontalSpacing={6} data-testid="alerts-table">
        <Table.Caption c="gray.7">{t('inbox.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('columns.household')}</Table.Th>
            <Table.Th scope="col">{t('columns.source')}</Table.Th>
            {details && <Table.Th scope="col">{t('columns.signs')}</Table.Th>}
            <Table.Th scope="col">{t('columns.status')}</Table.Th>
            <Table.Th scope="col">{t('columns.raisedAt')}</Table.Th>
            <Table.Th scope="col">{t('columns.deadline')}</Table.Th>
            {details && <Table.Th scope="col">{t('columns.arrears')}</Table.Th>}
            {mayMove && <Table.Th scope="col">{t('columns.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((alert) => (
            <Table.Tr
              key={alert.id}
              data-testid="alert-row"
              data-alert-id={alert.id}
              data-overdue={alert.overdue ? 'true' : 'false'}
              data-status={alert.status}
            >
              <Table.Td style={NO_WRAP}>
                {alert.household ? (
                  <Anchor component={Link} to={paths.household(alert.household.id, 'alertes')}>
                    {alert.household.reference}
                  </Anchor>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('unavailableHousehold')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{t(`common:enums.AlertSource.${alert.source}`)}</Table.Td>
              {details && (
                <Table.Td maw={360}>
                  <Stack gap={4}>
                    {alert.signs?.length ? (
                      <Group gap={4}>
                        {alert.signs.map((sign) => (
                          <Badge key={sign} variant="outline" color="gray.8" tt="none">
                            {t(`common:enums.AlertSign.${sign}`)}
                          </Badge>
                        ))}
                      </Group>
                    ) : (
                      <Text size="sm" c="gray.7">
                        {t('noSigns')}
                      </Text>
                    )}
                    {alert.description && (
                      <Text size="xs" c="gray.7" lineClamp={2} title={alert.description}>
                        {alert.description}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
              )}
              <Table.Td>
                <StatusBadge status={alert.status} />
              </Table.Td>
              <Table.Td style={NO_WRAP}>{formatDate(alert.raisedAt)}</Table.Td>
              <Table.Td style={NO_WRAP}>
                <Stack gap={2} align="flex-start">
                  <Text
                    size="sm"
                    fw={alert.overdue ? 700 : undefined}
                    c={alert.overdue ? 'red.9' : undefined}
                  >
                    {formatDate(alert.triageDeadline)}
                  </Text>
                  {alert.overdue && (
                    <Badge color="red.9" variant="filled" tt="none">
                      {t('overdue')}
                    </Badge>
                  )}
                </Stack>
              </Table.Td>
              {details && (
                <Table.Td>
                  {alert.arrearsMonths == null && alert.arrearsCents == null ? (
                    '—'
                  ) : (
                    <Stack gap={0}>
                      {alert.arrearsMonths != null && (
                        <Text size="sm">{t('arrearsMonths', { count: alert.arrearsMonths })}</Text>
                      )}
                      {alert.arrearsCents != null && <Text size="sm">{formatMoney(alert.arrearsCents)}</Text>}
                    </Stack>
                  )}
                </Table.Td>
              )}
              {mayMove && (
                <Table.Td>
                  {alert.status !== 'CLOSED' && (
                    <Button
                      size="xs"
                      variant="outline"
                      rightSection={<IconArrowRight size={14} aria-hidden />}
                      onClick={() => onMove(alert)}
                      aria-label={t('move.buttonLabel', {
                        reference: alert.household?.reference ?? t('unavailableHousehold'),
                      })}
                      data-testid="move-alert"
                    >
                      {t('move.button')}
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
