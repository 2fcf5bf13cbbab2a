import { useQuery } from '@apollo/client/react';
import { Anchor, Grid, Group, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../auth/permissions';
import { useUser } from '../../auth/session';
import { Page } from '../../components/Page';
import { DWELLING, DwellingPanel, HOUSEHOLD, HouseholdPanel } from './MatchCheckFacts';
import { OtherDwellingPanel, RulesPanel } from './MatchCheckRules';

// Three queries, one per panel: the rules (households asks housing), the household's needs
// (households) and the dwelling (housing) each show even when another part does not answer.
export default function MatchCheckView() {
  const { t } = useTranslation('awaiting');
  const { householdId = '', dwellingId = '' } = useParams();
  const user = useUser();
  const withTargetPublic = can(user.role, 'household.targetPublic');
  const household = useQuery(HOUSEHOLD, { variables: { householdId, withTargetPublic } });
  const dwelling = useQuery(DWELLING, { variables: { dwellingId } });
  const reference = household.data?.household?.reference;
  const dwellingReference = dwelling.data?.dwelling?.reference;

  return (
    <Page
      title={t('matchCheck.title')}
      description={
        reference && dwellingReference
          ? t('matchCheck.description', { household: reference, dwelling: dwellingReference })
          : t('matchCheck.descriptionLoading')
      }
      actions={
        <Group gap="md">
          <Anchor component={Link} to="/commission/menages-en-attente" size="sm">
            <Group gap={4} component="span">
              <IconArrowLeft size={16} aria-hidden />
              {t('matchCheck.back')}
            </Group>
          </Anchor>
        </Group>
      }
    >
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <RulesPanel householdId={householdId} dwellingId={dwellingId} />
            {household.data?.household && (
              <OtherDwellingPanel
                householdId={householdId}
                dwellingId={dwellingId}
                communes={household.data.household.needs?.desiredCommunes ?? []}
              />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <HouseholdPanel query={household} withTargetPublic={withTargetPublic} />
            <DwellingPanel query={dwelling} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Page>
  );
}
