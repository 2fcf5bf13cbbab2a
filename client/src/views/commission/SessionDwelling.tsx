import { Anchor, Badge, Card, Group, Loader, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/navigation';
import type { CommissionDecision } from '../../gql/graphql';
import { useCount } from '../../i18n/counts';
import { CandidacyDecision } from './CandidacyDecision';
import { ALLOCATIONS, awaitsOffer, type PlacedCandidacy, residenceLabel, statusColor } from './commission';

export function SessionDwelling({
  commissionId,
  candidacies,
  canDecide,
  onRecorded,
}: {
  commissionId: string;
  candidacies: PlacedCandidacy[];
  canDecide: boolean;
  onRecorded: (decision: CommissionDecision, reference: string) => void;
}) {
  const { t } = useTranslation('commission');
  const count = useCount();
  const { dwelling } = candidacies[0];
  // Allocated at this session, or no longer free (offered or let after another allocation).
  const allocated =
    candidacies.some((c) => c.decision && ALLOCATIONS.includes(c.decision)) ||
    (dwelling.status !== 'VACANT' && dwelling.status !== 'NOTICE_GIVEN');
  const headingId = `session-dwelling-${dwelling.id}`;
  return (
    <Card
      withBorder
      padding="sm"
      role="listitem"
      aria-labelledby={headingId}
      data-testid="session-dwelling"
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
            {t(`common:enums.Typology.${dwelling.typology}`)} · {residenceLabel(dwelling.residence, t)}
          </Text>
          <Badge variant="filled" color={statusColor(dwelling.status)} data-testid="dwelling-status">
            <VisuallyHidden>{t('session.statusLabel')} : </VisuallyHidden>
            {t(`common:enums.DwellingStatus.${dwelling.status}`)}
          </Badge>
          {candidacies[0].insufficientDemand && (
            <Badge variant="outline" color="gray.8">
              {t('session.insufficientDemand')}
            </Badge>
          )}
        </Group>
        {awaitsOffer(candidacies) && (
          <Group gap="xs" role="status">
            <Loader size="xs" aria-hidden />
            <Text size="sm">{t('session.awaitingOffer')}</Text>
          </Group>
        )}
        <Table.ScrollContainer minWidth={700}>
          <Table
            verticalSpacing="xs"
            withTableBorder
            aria-label={t('session.candidaciesCaption', { reference: dwelling.reference })}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={60}>
                  {t('session.rank')}
                </Table.Th>
                <Table.Th scope="col">{t('session.candidate')}</Table.Th>
                <Table.Th scope="col">{t('session.public')}</Table.Th>
                <Table.Th scope="col">{t('session.application')}</Table.Th>
                <Table.Th scope="col">{t('session.decision')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {candidacies.map((candidacy) => (
                <Table.Tr
                  key={candidacy.id}
                  data-testid="session-candidacy"
                  data-application-id={candidacy.application.id}
                >
                  <Table.Td>{candidacy.rank}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={paths.household(candidacy.application.household.id)}>
                      {candidacy.application.household.reference}
                    </Anchor>
                    <Text size="xs" data-testid="candidate-composition">
                      {t('awaiting:household.composition', {
                        people: count('person', candidacy.application.household.size),
                        adults: count('adult', candidacy.application.household.adults),
                        children: count('child', candidacy.application.household.children),
                      })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <CandidatePublic household={candidacy.application.household} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{candidacy.application.registrationNumber}</Text>
                    <Text size="xs" c="gray.7">
                      {t(`common:enums.ApplicationStatus.${candidacy.application.status}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <CandidacyDecision
                      commissionId={commissionId}
                      candidacy={candidacy}
                      dwellingAllocated={allocated}
                      canDecide={canDecide}
                      onRecorded={onRecorded}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Card>
  );
}

/** The household's public: which one for the social team, only whether it is a priority for the others. */
function CandidatePublic({ household }: { household: PlacedCandidacy['application']['household'] }) {
  const { t } = useTranslation('commission');
  const labels = [
    household.targetPublic
      ? t(`common:enums.TargetPublic.${household.targetPublic}`)
      : household.priorityPublic
        ? t('session.priorityPublic')
        : null,
    household.dalo ? t('awaiting:household.dalo') : null,
    household.pdalpd ? t('awaiting:household.pdalpd') : null,
  ].filter((label): label is string => label !== null);
  if (!labels.length) return <Text size="xs">—</Text>;
  return (
    <Group gap={4}>
      {labels.map((label) => (
        <Badge key={label} variant="outline" color="grape.9" size="sm">
          {label}
        </Badge>
      ))}
    </Group>
  );
}
