import { useQuery } from '@apollo/client/react';
import { Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useUser } from '../../auth/session';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { QueryErrors } from '../../components/QueryErrors';
import { graphql } from '../../gql';
import { CaseloadTable } from './CaseloadTable';

const SUPPORT_WORKERS = graphql(`
  query MyHouseholdsSupportWorkers {
    staffMembers(role: SUPPORT_WORKER) {
      userId
      name
      active
    }
  }
`);

/** Social management: the caseload of the support worker chosen (in the address, `?travailleur=`). */
function ByWorker() {
  const { t } = useTranslation('myHouseholds');
  const [params, setParams] = useSearchParams();
  const { data, error, loading } = useQuery(SUPPORT_WORKERS);
  const workers = data?.staffMembers ?? [];
  const asked = params.get('travailleur');
  const chosen =
    workers.find((w) => w.userId === asked)?.userId ?? workers.find((w) => w.active)?.userId ?? null;

  const choose = (value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set('travailleur', value);
    // Another worker's list starts from its first page.
    next.delete('apres');
    next.delete('page');
    setParams(next, { replace: true });
  };

  return (
    <>
      <QueryErrors error={error} />
      {loading && !data && <Loading />}
      {data && workers.length === 0 && <Text>{t('noWorker')}</Text>}
      {workers.length > 0 && (
        <Select
          label={t('worker')}
          placeholder={t('workerPlaceholder')}
          data={workers.map((w) => ({
            value: w.userId,
            label: w.active ? w.name : t('inactive', { name: w.name }),
          }))}
          value={chosen}
          onChange={choose}
          allowDeselect={false}
          searchable
          w={320}
          data-testid="caseload-worker"
        />
      )}
      {chosen && <CaseloadTable key={chosen} supportWorker={chosen} />}
    </>
  );
}

/** "Mes ménages": a support worker's caseload with what to do first; social management picks the worker. */
export default function MyHouseholdsView() {
  const { t } = useTranslation('myHouseholds');
  const user = useUser();
  const own = user.role === 'SUPPORT_WORKER';
  return (
    <Page title={t('title')} description={own ? t('description') : t('descriptionManager')}>
      {own ? <CaseloadTable /> : <ByWorker />}
    </Page>
  );
}
