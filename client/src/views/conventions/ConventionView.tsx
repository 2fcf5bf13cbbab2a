import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../auth/permissions';
import { useUser } from '../../auth/session';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { QueryErrors } from '../../components/QueryErrors';
import { CarryOverPanel } from './CarryOverPanel';
import { CONVENTION_DETAIL, ConventionDetails } from './ConventionDetails';

/** One convention: consumption against plan, funding, opinions and indicators. */
export default function ConventionView() {
  const { t } = useTranslation('conventions');
  const { conventionId = '' } = useParams();
  const { role } = useUser();
  const { data, error, loading } = useQuery(CONVENTION_DETAIL, { variables: { id: conventionId } });
  const convention = data?.convention;
  // An unknown id (or one out of reach) is said in plain words, not as a failure.
  const notFound =
    CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'NOT_FOUND');

  return (
    <Page
      title={convention?.name ?? t('title')}
      actions={
        <Group>
          <Anchor component={Link} to="/conventions" size="sm">
            <Group gap={4} component="span">
              <IconArrowLeft size={16} aria-hidden />
              {t('back')}
            </Group>
          </Anchor>
        </Group>
      }
    >
      {!notFound && <QueryErrors error={error} />}
      {loading && !convention && <Loading />}
      {!loading && !convention && (notFound || !error) && <Text>{t('notFound')}</Text>}
      {convention && can(role, 'accompaniment.open') && <CarryOverPanel convention={convention} />}
      {convention && <ConventionDetails convention={convention} level={2} testId="convention-page" />}
    </Page>
  );
}
