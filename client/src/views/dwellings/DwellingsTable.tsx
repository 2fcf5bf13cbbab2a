import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/navigation';
import type { DwellingsListQuery } from '../../gql/graphql';
import { formatDate, formatMoney, formatNumber } from '../../i18n/format';
import { DwellingStatusBadge } from './DwellingStatusBadge';

type Row = DwellingsListQuery['dwellings']['edges'][number]['node'];

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** The stock's page: reference, residence, typology, surface, rent and charges, status, availability. */
export function DwellingsTable({ rows }: { rows: Row[] }) {
  const { t } = useTranslation('dwellings');
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table striped highlightOnHover aria-label={t('list.tableLabel')} data-testid="dwellings-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('list.columns.reference')}</Table.Th>
            <Table.Th scope="col">{t('list.columns.residence')}</Table.Th>
            <Table.Th scope="col">{t('list.columns.typology')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('list.columns.surface')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('list.columns.rent')}
            </Table.Th>
            <Table.Th scope="col">{t('list.columns.financing')}</Table.Th>
            <Table.Th scope="col">{t('list.columns.contingent')}</Table.Th>
            <Table.Th scope="col">{t('list.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('list.columns.availableFrom')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={9}>
                <Text c="dimmed" ta="center" py="md">
                  {t('list.empty')}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {rows.map((dwelling) => (
            <Table.Tr key={dwelling.id} data-testid="dwelling-row" data-dwelling-id={dwelling.id}>
              <Table.Th scope="row" fw={500} style={NO_WRAP}>
                <Anchor component={Link} to={paths.dwelling(dwelling.id)}>
                  {dwelling.reference}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <Text size="sm">{dwelling.residence.name}</Text>
                <Text size="xs" c="dimmed">
                  {dwelling.residence.commune}
                </Text>
              </Table.Td>
              <Table.Td>{t(`common:enums.Typology.${dwelling.typology}`)}</Table.Td>
              <Table.Td ta="right" style={NO_WRAP}>
                {t('list.surfaceValue', { value: formatNumber(dwelling.surfaceSqm) })}
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" fw={500} style={NO_WRAP}>
                  {formatMoney(dwelling.rentCents + dwelling.serviceChargesCents)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('list.chargesDetail', {
                    rent: formatMoney(dwelling.rentCents),
                    charges: formatMoney(dwelling.serviceChargesCents),
                  })}
                </Text>
              </Table.Td>
              <Table.Td>
                {t(`common:enums.FinancingCategory.${dwelling.financingCategory}`)}
                {dwelling.lowRent && (
                  <Text size="xs" c="teal.9" style={NO_WRAP}>
                    {t('list.lowRent')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{t(`common:enums.Contingent.${dwelling.contingent}`)}</Table.Td>
              <Table.Td style={NO_WRAP}>
                <DwellingStatusBadge status={dwelling.status} />
              </Table.Td>
              <Table.Td style={NO_WRAP}>{formatDate(dwelling.availableFrom)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
