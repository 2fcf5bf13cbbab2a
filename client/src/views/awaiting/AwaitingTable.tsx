import { Anchor, Badge, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconHelpCircle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/navigation';
import { graphql } from '../../gql';
import type { AwaitingRowFragment } from '../../gql/graphql';
import { useCount } from '../../i18n/counts';
import { formatDate, formatMoney, today } from '../../i18n/format';

// One row of the waiting list: the application, its household, and the household's best matches
// (the gateway fetches `matchingDwellings` for the whole page in one statement). The target public
// is asked for only when the role may read it, so the gateway never logs a refused read.
export const AwaitingRow = graphql(`
  fragment AwaitingRow on Application {
    id
    registrationNumber
    desiredTypologies
    desiredCommunes
    maxRentCents
    submittedAt
    statusChangedAt
    stalledSince
    slidingLeaseProposed
    household {
      id
      reference
      size
      adults
      children
      singleParent
      dalo
      pdalpd
      stepFreeAccessNeed
      targetPublic @include(if: $withTargetPublic)
      matchingDwellings(first: 3) {
        score
        reasons
        dwelling {
          id
          reference
          typology
          status
          availableFrom
          rentCents
          serviceChargesCents
          residence {
            id
            name
            commune
          }
        }
      }
    }
  }
`);

type Match = NonNullable<AwaitingRowFragment['household']['matchingDwellings']>[number];

/** The waiting list as a table: one line per household, its three best dwellings in the last column. */
export function AwaitingTable({
  applications,
  withTargetPublic,
}: {
  applications: AwaitingRowFragment[];
  withTargetPublic: boolean;
}) {
  const { t } = useTranslation('awaiting');
  return (
    <Table
      verticalSpacing="sm"
      withTableBorder
      striped
      data-testid="awaiting-list"
      aria-label={t('list.ariaLabel')}
      style={{ tableLayout: 'fixed' }}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="18%">{t('table.household')}</Table.Th>
          <Table.Th w="19%">{t('table.wishes')}</Table.Th>
          <Table.Th w="11%">{t('table.ready')}</Table.Th>
          <Table.Th>{t('table.matches')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {applications.map((application) => (
          <HouseholdRow key={application.id} application={application} withTargetPublic={withTargetPublic} />
        ))}
      </Table.Tbody>
    </Table>
  );
}

function HouseholdRow({
  application,
  withTargetPublic,
}: {
  application: AwaitingRowFragment;
  withTargetPublic: boolean;
}) {
  const { t } = useTranslation('awaiting');
  const count = useCount();
  const { household } = application;
  const badges: Array<[string, string, string]> = [];
  if (withTargetPublic && household.targetPublic)
    badges.push([
      'grape.9',
      t(`common:enums.TargetPublic.${household.targetPublic}`),
      'household-target-public',
    ]);
  if (household.singleParent && household.targetPublic !== 'SINGLE_PARENT')
    badges.push(['indigo.9', t('household.singleParent'), 'household-single-parent']);
  if (household.dalo) badges.push(['red.9', t('household.dalo'), 'household-dalo']);
  if (household.pdalpd) badges.push(['red.9', t('household.pdalpd'), 'household-pdalpd']);
  if (household.stepFreeAccessNeed)
    badges.push(['blue.9', t('household.stepFreeNeed'), 'household-step-free']);
  return (
    <Table.Tr
      data-testid="awaiting-household"
      data-household-id={household.id}
      style={{ verticalAlign: 'top' }}
    >
      <Table.Td>
        <Stack gap={4}>
          <Anchor component={Link} to={paths.household(household.id)} fw={600} data-testid="household-link">
            {household.reference}
            <VisuallyHidden> — {t('household.openFile')}</VisuallyHidden>
          </Anchor>
          <Text size="sm">
            {t('household.composition', {
              people: count('person', household.size),
              adults: count('adult', household.adults),
              children: count('child', household.children),
            })}
          </Text>
          <Group gap={4}>
            {badges.map(([color, label, testId]) => (
              <Badge key={testId} variant="outline" color={color} size="sm" data-testid={testId}>
                {label}
              </Badge>
            ))}
          </Group>
        </Stack>
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {t('table.wishesValue', {
            typologies: application.desiredTypologies.length
              ? application.desiredTypologies
                  .map((typology) => t(`common:enums.Typology.${typology}`))
                  .join(', ')
              : t('household.anyTypology'),
            communes: application.desiredCommunes.join(', '),
            rent: formatMoney(application.maxRentCents, { whole: true }),
          })}
        </Text>
        <Text size="xs" c="gray.7">
          {t('household.application', {
            number: application.registrationNumber,
            date: formatDate(application.submittedAt),
          })}
        </Text>
        {application.slidingLeaseProposed && (
          <Text size="xs" c="gray.7">
            {t('household.slidingLease')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" data-testid="waiting-since">
          {formatDate(application.statusChangedAt)}
        </Text>
        {application.stalledSince && (
          <Badge
            variant="outline"
            color="#a64100"
            size="sm"
            title={t('household.stalledSince', { date: formatDate(application.stalledSince) })}
          >
            {t('household.stalled')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        {/* null: refused with an error, which the page shows above the list. */}
        {!household.matchingDwellings?.length ? (
          <Text size="sm" c="gray.7" data-testid="no-match">
            {t('matches.none')}
          </Text>
        ) : (
          <Stack gap={6} aria-label={t('matches.heading', { reference: household.reference })}>
            {household.matchingDwellings.map((match) => (
              <MatchLine key={match.dwelling.id} match={match} householdId={household.id} />
            ))}
          </Stack>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** The residence's name, with its commune unless the name already says it. */
function residenceLabel(residence: { name: string; commune: string }, t: TFunction<'awaiting'>): string {
  return residence.name.includes(residence.commune)
    ? residence.name
    : t('matches.residence', { name: residence.name, commune: residence.commune });
}

/** One matching dwelling on one line; its reasons folded underneath. */
function MatchLine({ match, householdId }: { match: Match; householdId: string }) {
  const { t } = useTranslation('awaiting');
  const { dwelling } = match;
  return (
    <div data-testid="dwelling-match" data-dwelling-id={dwelling.id}>
      <Group gap={6} wrap="wrap">
        <Anchor
          component={Link}
          to={paths.dwelling(dwelling.id)}
          fw={600}
          size="sm"
          data-testid="dwelling-link"
        >
          {dwelling.reference}
        </Anchor>
        <Badge variant="filled" color="teal.9" size="sm" data-testid="match-score">
          {t('matches.score', { score: match.score })}
        </Badge>
        <Text size="sm">
          {t(`common:enums.Typology.${dwelling.typology}`)} · {residenceLabel(dwelling.residence, t)} ·{' '}
          {t('matches.rent', { amount: formatMoney(dwelling.rentCents + dwelling.serviceChargesCents) })} ·{' '}
          {!dwelling.availableFrom || dwelling.availableFrom <= today()
            ? t('matches.availableNow')
            : t('matches.availableFrom', { date: formatDate(dwelling.availableFrom) })}
        </Text>
      </Group>
      <Group gap="md" align="flex-start">
        <details>
          <summary style={{ cursor: 'pointer', fontSize: 'var(--mantine-font-size-xs)' }}>
            {t('matches.reasonsSummary')}
          </summary>
          <ul
            data-testid="match-reasons"
            aria-label={t('matches.reasons')}
            style={{ margin: 0, fontSize: 'var(--mantine-font-size-xs)' }}
          >
            {match.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </details>
        <Anchor
          component={Link}
          to={paths.matchCheck(householdId, dwelling.id)}
          size="xs"
          data-testid="why-not-link"
        >
          <Group gap={4} wrap="nowrap" component="span">
            <IconHelpCircle size={14} aria-hidden />
            <span>
              {t('matches.whyNot')}
              <VisuallyHidden>{t('matches.whyNotHidden', { reference: dwelling.reference })}</VisuallyHidden>
            </span>
          </Group>
        </Anchor>
      </Group>
    </div>
  );
}
