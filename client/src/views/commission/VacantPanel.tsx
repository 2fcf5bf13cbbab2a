import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  MultiSelect,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/navigation';
import { can } from '../../auth/permissions';
import { useUser } from '../../auth/session';
import { Loading } from '../../components/Loading';
import { LoadMore } from '../../components/LoadMore';
import { appendPage } from '../../components/pagination';
import { QueryErrors } from '../../components/QueryErrors';
import type { DwellingFilter, Typology } from '../../gql/graphql';
import { useCount } from '../../i18n/counts';
import { formatDate, formatMoney } from '../../i18n/format';
import {
  CANDIDATES_PER_DWELLING,
  COMMUNES,
  PARAMS,
  PLACE,
  residenceLabel,
  Session,
  TYPOLOGIES,
  useCommissionErrorMessage,
  VACANT,
  VACANT_PAGE_SIZE,
  VacantDwelling,
} from './commission';
import { statusColor } from './SessionPanel';

export function VacantPanel({
  session,
  canDecide,
  communes,
  typologies,
  onFilter,
}: {
  session: Session | undefined;
  canDecide: boolean;
  communes: string[];
  typologies: Typology[];
  onFilter: (name: string, values: string[]) => void;
}) {
  const { t } = useTranslation('commission');
  const count = useCount();
  const filter: DwellingFilter = {
    statuses: ['VACANT'],
    ...(communes.length ? { communes } : {}),
    ...(typologies.length ? { typologies } : {}),
  };
  const { data, error, loading, fetchMore, networkStatus } = useQuery(VACANT, {
    variables: { filter, first: VACANT_PAGE_SIZE },
  });
  const communeList = useQuery(COMMUNES);
  const communeOptions = useMemo(() => {
    const all = new Set(communes);
    for (const edge of communeList.data?.residences.edges ?? []) all.add(edge.node.commune);
    return [...all].sort((a, b) => a.localeCompare(b, 'fr'));
  }, [communeList.data, communes]);
  const onSession = useMemo(() => new Set(session?.candidacies.map((c) => c.dwelling?.id)), [session]);

  const connection = data?.dwellings;
  const loadMore = () =>
    fetchMore({
      variables: { after: connection?.pageInfo.endCursor },
      updateQuery: appendPage('dwellings'),
    });

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="vacant-heading">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h3" id="vacant-heading">
            {t('vacant.heading')}
          </Title>
          {connection && (
            <Text size="sm" c="gray.7" data-testid="vacant-total">
              {t('vacant.total', { dwellings: count('vacantDwelling', connection.totalCount) })}
            </Text>
          )}
        </Group>
        <Group align="flex-end" gap="md" role="group" aria-label={t('vacant.filters')}>
          <MultiSelect
            label={t('vacant.communes')}
            placeholder={communes.length ? undefined : t('vacant.all')}
            data={communeOptions}
            value={communes}
            onChange={(values) => onFilter(PARAMS.commune, values)}
            searchable
            clearable
            w={320}
          />
          <MultiSelect
            label={t('vacant.typologies')}
            placeholder={typologies.length ? undefined : t('vacant.all')}
            data={TYPOLOGIES.map((value) => ({ value, label: t(`common:enums.Typology.${value}`) }))}
            value={typologies}
            onChange={(values) => onFilter(PARAMS.typology, values)}
            clearable
            w={220}
          />
        </Group>
        <QueryErrors error={communeList.error ?? error} />
        {loading && !connection && <Loading />}
        {connection && connection.edges.length === 0 && <Text c="gray.7">{t('vacant.empty')}</Text>}
        {connection && connection.edges.length > 0 && (
          <Stack gap="md" role="list" aria-label={t('vacant.ariaLabel')} data-testid="vacant-list">
            {connection.edges.map(({ node }) => (
              <VacantDwellingCard
                key={node.id}
                dwelling={node}
                session={session}
                onSession={onSession.has(node.id)}
                canDecide={canDecide}
              />
            ))}
          </Stack>
        )}
        {connection && connection.edges.length > 0 && (
          <LoadMore
            shown={connection.edges.length}
            total={connection.totalCount}
            hasNextPage={connection.pageInfo.hasNextPage}
            loading={networkStatus === NetworkStatus.fetchMore}
            onLoadMore={() => void loadMore()}
          />
        )}
      </Stack>
    </Card>
  );
}

function VacantDwellingCard({
  dwelling,
  session,
  onSession,
  canDecide,
}: {
  dwelling: VacantDwelling;
  session: Session | undefined;
  onSession: boolean;
  canDecide: boolean;
}) {
  const { t } = useTranslation('commission');
  const user = useUser();
  const errorMessage = useCommissionErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const [place, { loading }] = useMutation(PLACE, {
    refetchQueries: ['CommissionPreparationVacant', 'CommissionPreparationSessions'],
  });
  const candidates = dwelling.candidates ?? [];
  const headingId = `vacant-${dwelling.id}`;
  const insufficientDemand = candidates.length < CANDIDATES_PER_DWELLING;
  const planned = session?.status === 'PLANNED';
  // On another session that has yet to decide for it: it may go on no other one meanwhile.
  const elsewhere =
    dwelling.openSession && dwelling.openSession.id !== session?.id ? dwelling.openSession : null;

  const placeOnSession = async () => {
    if (!session) return;
    setError(null);
    setConfirmation(null);
    try {
      await place({
        variables: {
          input: {
            commissionId: session.id,
            dwellingId: dwelling.id,
            candidates: candidates.map((candidate, index) => ({
              applicationId: candidate.application.id,
              rank: index + 1,
            })),
            // Matching found fewer than three candidates: demand is insufficient for this dwelling.
            insufficientDemand,
          },
          withTargetPublic: can(user.role, 'household.targetPublic'),
        },
      });
      setConfirmation(t('vacant.placed', { reference: dwelling.reference, count: candidates.length }));
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Card
      withBorder
      padding="sm"
      role="listitem"
      aria-labelledby={headingId}
      data-testid="vacant-dwelling"
      data-dwelling-id={dwelling.id}
      data-reference={dwelling.reference}
    >
      <Stack gap="xs">
        <Group gap="sm" wrap="wrap">
          <Title order={3} size="h5" id={headingId}>
            <Anchor component={Link} to={paths.dwelling(dwelling.id)}>
              {dwelling.reference}
            </Anchor>
          </Title>
          <Text size="sm">
            {t(`common:enums.Typology.${dwelling.typology}`)} · {residenceLabel(dwelling.residence, t)} ·{' '}
            {t('vacant.rent', { amount: formatMoney(dwelling.rentCents + dwelling.serviceChargesCents) })} ·{' '}
            {t('vacant.contingent', { label: t(`common:enums.Contingent.${dwelling.contingent}`) })}
          </Text>
          <Badge variant="filled" color={statusColor(dwelling.status)}>
            {t(`common:enums.DwellingStatus.${dwelling.status}`)}
          </Badge>
          {onSession && (
            <Badge variant="outline" color="teal.9" data-testid="on-session">
              {t('vacant.onSession')}
            </Badge>
          )}
          {elsewhere && (
            <Badge variant="outline" color="gray.8" data-testid="on-other-session">
              {t('vacant.onOtherSession', { date: formatDate(elsewhere.sessionDate) })}
            </Badge>
          )}
        </Group>
        {candidates.length === 0 ? (
          <Text size="sm" c="gray.7">
            {t('vacant.noCandidate')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={600}>
            <Table
              verticalSpacing={4}
              withTableBorder
              aria-label={t('vacant.candidatesCaption', { reference: dwelling.reference })}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w={60}>
                    {t('vacant.rank')}
                  </Table.Th>
                  <Table.Th scope="col" w={150}>
                    {t('vacant.household')}
                  </Table.Th>
                  <Table.Th scope="col" w={80}>
                    {t('vacant.score')}
                  </Table.Th>
                  <Table.Th scope="col">{t('vacant.reasons')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {candidates.map((candidate, index) => (
                  <Table.Tr
                    key={candidate.application.id}
                    data-testid="ranked-candidate"
                    data-application-id={candidate.application.id}
                  >
                    <Table.Td>{index + 1}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Anchor component={Link} to={paths.household(candidate.application.household.id)}>
                        {candidate.application.household.reference}
                      </Anchor>
                      <Text size="xs" c="gray.7">
                        {t('vacant.size', { size: candidate.application.household.size })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {t('vacant.scoreValue', { score: candidate.score })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <List size="xs" spacing={0} data-testid="candidate-reasons">
                        {candidate.reasons.map((reason) => (
                          <List.Item key={reason}>{reason}</List.Item>
                        ))}
                      </List>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {onSession && candidates.length > 0 && (
          <Text size="xs" c="gray.7">
            {t('vacant.onSessionNote')}
          </Text>
        )}
        {canDecide && candidates.length > 0 && (
          <Group gap="sm" align="center">
            <Button
              size="sm"
              onClick={placeOnSession}
              loading={loading}
              disabled={!planned || onSession || elsewhere !== null}
              data-testid="place-on-session"
            >
              {t('vacant.place')}
              <VisuallyHidden>{t('vacant.placeHidden', { reference: dwelling.reference })}</VisuallyHidden>
            </Button>
            {!session && <Text size="sm">{t('vacant.placeNeedsSession')}</Text>}
            {session && !planned && <Text size="sm">{t('vacant.placeHeld')}</Text>}
            {planned && elsewhere && (
              <Text size="sm" c="gray.7">
                {t('vacant.placeElsewhere', { date: formatDate(elsewhere.sessionDate) })}
              </Text>
            )}
            {planned && !onSession && insufficientDemand && (
              <Text size="sm" c="gray.7" data-testid="insufficient-demand">
                {t('vacant.insufficientDemand')}
              </Text>
            )}
          </Group>
        )}
        {confirmation && (
          <Alert
            variant="outline"
            color="teal.9"
            role="status"
            icon={<IconCheck aria-hidden />}
            data-testid="placed"
          >
            {confirmation}
          </Alert>
        )}
        {error && (
          <Alert variant="outline" color="red.9" data-testid="place-error">
            {error}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
