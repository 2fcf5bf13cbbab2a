import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/navigation';
import { can } from '../../auth/permissions';
import { useUser } from '../../auth/session';
import { formatDate, formatMoney } from '../../i18n/format';
import {
  CANDIDATES_PER_DWELLING,
  PLACE,
  residenceLabel,
  Session,
  statusColor,
  useCommissionErrorMessage,
  VacantDwelling,
} from './commission';

export function VacantDwellingCard({
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
