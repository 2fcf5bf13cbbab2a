import { useQuery } from '@apollo/client/react';
import { Anchor, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/navigation';
import { type Column, DataTable, useTableState } from '../../components/DataTable';
import { Loading } from '../../components/Loading';
import { QueryErrors } from '../../components/QueryErrors';
import { graphql } from '../../gql';
import type { CaseloadOrder, CaseloadPriority, MyHouseholdsQuery } from '../../gql/graphql';
import { formatDate, formatNumber } from '../../i18n/format';

const CASELOAD = graphql(`
  query MyHouseholds(
    $supportWorker: ID
    $first: Int!
    $after: String
    $orderBy: CaseloadOrder!
    $direction: SortDirection!
  ) {
    caseload(
      supportWorker: $supportWorker
      first: $first
      after: $after
      orderBy: $orderBy
      direction: $direction
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          accompaniment {
            id
            kind
          }
          household {
            id
            reference
            members {
              firstName
              lastName
              role
            }
          }
          phase
          lastContactDate
          nextContactDue
          contactOverdue
          openAlerts
          overdueAlerts
          priority
        }
      }
    }
  }
`);

type Entry = MyHouseholdsQuery['caseload']['edges'][number]['node'];

const ORDERS: CaseloadOrder[] = ['PRIORITY', 'NEXT_CONTACT_DUE', 'LAST_CONTACT', 'OPEN_ALERTS', 'PHASE'];
const URGENT: CaseloadPriority[] = ['ALERT_TRIAGE_OVERDUE', 'CONTACT_OVERDUE'];
const ICON_STYLE = { verticalAlign: 'text-bottom', marginRight: 4 } as const;

/** The first adult's name, else the household's reference. */
function householdName(household: NonNullable<Entry['household']>): string {
  const adult = household.members.find((m) => m.role === 'ADULT') ?? household.members[0];
  return adult ? `${adult.firstName} ${adult.lastName}` : household.reference;
}

function HouseholdCell({ entry }: { entry: Entry }) {
  if (!entry.household) return <Text span>—</Text>;
  return (
    <Stack gap={0}>
      <Anchor
        component={Link}
        to={paths.household(entry.household.id, 'accompagnement')}
        size="sm"
        data-testid="caseload-household-link"
      >
        {householdName(entry.household)}
      </Anchor>
      <Text size="xs" c="gray.7">
        {entry.household.reference}
      </Text>
    </Stack>
  );
}

function useColumns(): Column<Entry, CaseloadOrder>[] {
  const { t } = useTranslation('myHouseholds');
  return [
    {
      id: 'household',
      header: t('columns.household'),
      rowHeader: true,
      width: '22%',
      render: (entry) => <HouseholdCell entry={entry} />,
    },
    {
      id: 'phase',
      header: t('columns.phase'),
      sortKey: 'PHASE',
      width: '12%',
      render: (entry) => t(`common:enums.AccompanimentPhase.${entry.phase}`),
    },
    {
      id: 'lastContact',
      header: t('columns.lastContact'),
      sortKey: 'LAST_CONTACT',
      width: '13%',
      render: (entry) =>
        entry.lastContactDate ? (
          formatDate(entry.lastContactDate)
        ) : (
          <Text span size="sm" c="gray.7">
            {t('neverMet')}
          </Text>
        ),
    },
    {
      id: 'nextContactDue',
      header: t('columns.nextContactDue'),
      sortKey: 'NEXT_CONTACT_DUE',
      width: '17%',
      render: (entry) => {
        if (!entry.nextContactDue)
          return (
            <Text span size="sm" c="gray.7">
              {t('noneDue')}
            </Text>
          );
        if (!entry.contactOverdue) return formatDate(entry.nextContactDue);
        // Overdue: said in words and with an icon, not by the colour alone.
        return (
          <Text span size="sm" c="red.9" fw={600} data-testid="contact-overdue">
            <IconAlertTriangle
              size={14}
              aria-hidden
              style={{ verticalAlign: 'text-bottom', marginRight: 4 }}
            />
            {t('overdueSince', { date: formatDate(entry.nextContactDue) })}
          </Text>
        );
      },
    },
    {
      id: 'openAlerts',
      header: t('columns.openAlerts'),
      sortKey: 'OPEN_ALERTS',
      firstDirection: 'DESC',
      align: 'right',
      width: '12%',
      render: (entry) => (
        <Stack gap={0} align="flex-end">
          <Text span size="sm">
            {formatNumber(entry.openAlerts)}
          </Text>
          {entry.overdueAlerts > 0 && (
            <Text span size="xs" c="red.9">
              {t('overdueAlerts', { count: entry.overdueAlerts })}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      id: 'priority',
      header: t('columns.priority'),
      sortKey: 'PRIORITY',
      width: '24%',
      render: (entry) => {
        const urgent = URGENT.includes(entry.priority);
        return (
          <Text
            span
            size="sm"
            c={urgent ? 'red.9' : entry.priority === 'NONE' ? 'gray.7' : undefined}
            fw={entry.priority === 'NONE' ? undefined : 600}
            data-testid="caseload-priority"
            data-priority={entry.priority}
          >
            {urgent && <IconAlertTriangle size={14} aria-hidden style={ICON_STYLE} />}
            {t(`priority.${entry.priority}`)}
          </Text>
        );
      },
    },
  ];
}

/** A caseload (the signed-in support worker's, or `supportWorker`'s), sorted and paged by the API. */
export function CaseloadTable({ supportWorker }: { supportWorker?: string }) {
  const { t } = useTranslation('myHouseholds');
  const columns = useColumns();
  const table = useTableState(ORDERS, { key: 'PRIORITY', direction: 'ASC' });
  const { data, previousData, error, loading } = useQuery(CASELOAD, {
    variables: {
      supportWorker,
      first: table.pageSize,
      after: table.after,
      orderBy: table.sort.key,
      direction: table.sort.direction,
    },
  });
  // The page shown stays until the next one arrives: no jump while it loads.
  const connection = (data ?? previousData)?.caseload;
  const sortedBy = columns.find((c) => c.sortKey === table.sort.key)?.header;

  return (
    <Stack gap="xs">
      <QueryErrors error={error} />
      {!connection && loading && <Loading />}
      {connection && (
        <DataTable
          testId="caseload"
          caption={t('caption', { column: sortedBy, direction: t(`directions.${table.sort.direction}`) })}
          columns={columns}
          rows={connection.edges.map((edge) => edge.node)}
          rowKey={(entry) => entry.accompaniment.id}
          rowProps={(entry) => ({
            'data-testid': 'caseload-row',
            'data-accompaniment-id': entry.accompaniment.id,
          })}
          sort={table.sort}
          onSort={table.setSort}
          empty={t('empty')}
          paging={{
            page: table.page,
            pageSize: table.pageSize,
            totalCount: connection.totalCount,
            hasNextPage: connection.pageInfo.hasNextPage,
            onPrevious: table.previous,
            onNext: () => table.next(connection.pageInfo.endCursor),
            onPageSize: table.setPageSize,
          }}
        />
      )}
    </Stack>
  );
}
