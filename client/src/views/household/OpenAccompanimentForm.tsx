import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutationErrorMessage } from '../../components/QueryErrors';
import { graphql } from '../../gql';
import type { AccompanimentKind } from '../../gql/graphql';
import { formatDate, today } from '../../i18n/format';

const OpenAccompanimentChoices = graphql(`
  query OpenAccompanimentChoices($year: Int!) {
    conventions(filter: { activeInYear: $year }, first: 20) {
      edges {
        node {
          id
          name
          startYear
          endYear
        }
      }
    }
    supportWorkers: staffMembers(role: SUPPORT_WORKER) {
      userId
      name
      active
    }
    socialManagers: staffMembers(role: SOCIAL_MANAGER) {
      userId
      name
      active
    }
  }
`);

const OpenAccompanimentMutation = graphql(`
  mutation OpenAccompaniment($input: OpenAccompanimentInput!) {
    openAccompaniment(input: $input) {
      id
      capacityOverrideReason
    }
  }
`);

const KINDS: AccompanimentKind[] = ['ACCESS', 'TENANCY_SUSTAINMENT'];

interface OverCapacity {
  capacity: number;
  followed: number;
  date: string;
}

/** The refusal of a full convention, with its figures, or null for any other error. */
function overCapacityOf(error: unknown, date: string): OverCapacity | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = error.errors[0]?.extensions;
  if (extensions?.reason !== 'OVER_CAPACITY') return null;
  return { capacity: Number(extensions.capacity), followed: Number(extensions.followed), date };
}

/**
 * Social management opens an accompaniment for a household that has none running. A convention
 * already following as many households as it plans refuses it; the form then asks for the reason
 * of an override and opens it with that reason, which is kept.
 */
export function OpenAccompanimentForm({ householdId }: { householdId: string }) {
  const { t } = useTranslation('household');
  const errorMessage = useMutationErrorMessage();
  const choices = useQuery(OpenAccompanimentChoices, { variables: { year: Number(today().slice(0, 4)) } });
  const [conventionId, setConventionId] = useState<string | null>(null);
  const [kind, setKind] = useState<AccompanimentKind>('ACCESS');
  const [startDate, setStartDate] = useState(today());
  const [supportWorkerId, setSupportWorkerId] = useState<string | null>(null);
  const [socialReferentId, setSocialReferentId] = useState<string | null>(null);
  const [overCapacity, setOverCapacity] = useState<OverCapacity | null>(null);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string>();
  const [open, { loading }] = useMutation(OpenAccompanimentMutation, {
    refetchQueries: ['HouseholdAccompaniment'],
    awaitRefetchQueries: true,
  });

  const conventions = choices.data?.conventions.edges.map((e) => e.node) ?? [];
  const staff = (members: { userId: string; name: string; active: boolean }[] | undefined) =>
    (members ?? []).filter((m) => m.active).map((m) => ({ value: m.userId, label: m.name }));
  const chosenConvention = conventionId ?? conventions[0]?.id ?? null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    if (!chosenConvention || !supportWorkerId || !socialReferentId) {
      setFailure(t('open.missing'));
      return;
    }
    const capacityOverrideReason = overCapacity ? reason.trim() : undefined;
    if (overCapacity && !capacityOverrideReason) {
      setFailure(t('open.reasonRequired'));
      return;
    }
    try {
      await open({
        variables: {
          input: {
            householdId,
            conventionId: chosenConvention,
            kind,
            startDate,
            supportWorkerId,
            socialReferentId,
            capacityOverrideReason,
          },
        },
      });
    } catch (error) {
      const full = overCapacityOf(error, startDate);
      if (full) setOverCapacity(full);
      else setFailure(errorMessage(error));
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby="open-accompaniment-title">
      <Title order={3} size="h5" id="open-accompaniment-title" mb="sm">
        {t('open.title')}
      </Title>
      <form onSubmit={submit} data-testid="open-accompaniment-form">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <Select
            label={t('open.convention')}
            data={conventions.map((c) => ({ value: c.id, label: `${c.name} (${c.startYear}–${c.endYear})` }))}
            value={chosenConvention}
            onChange={(value) => {
              setConventionId(value);
              setOverCapacity(null);
            }}
            allowDeselect={false}
            required
            data-testid="open-convention"
          />
          <Select
            label={t('open.kind')}
            data={KINDS.map((value) => ({ value, label: t(`common:enums.AccompanimentKind.${value}`) }))}
            value={kind}
            onChange={(value) => value && setKind(value as AccompanimentKind)}
            allowDeselect={false}
            required
          />
          <TextInput
            type="date"
            label={t('open.startDate')}
            value={startDate}
            onChange={(event) => {
              setStartDate(event.currentTarget.value);
              setOverCapacity(null);
            }}
            required
          />
          <Select
            label={t('open.supportWorker')}
            data={staff(choices.data?.supportWorkers)}
            value={supportWorkerId}
            onChange={setSupportWorkerId}
            searchable
            required
            data-testid="open-support-worker"
          />
          <Select
            label={t('open.socialReferent')}
            data={staff(choices.data?.socialManagers)}
            value={socialReferentId}
            onChange={setSocialReferentId}
            searchable
            required
            data-testid="open-social-referent"
          />
        </SimpleGrid>
        {overCapacity && (
          <Alert
            color="red"
            mt="sm"
            role="alert"
            data-testid="open-over-capacity"
            title={t('open.fullTitle')}
          >
            <Text size="sm">
              {t('open.full', {
                count: overCapacity.capacity,
                followed: overCapacity.followed,
                date: formatDate(overCapacity.date),
              })}
            </Text>
            <Textarea
              mt="sm"
              label={t('open.reason')}
              description={t('open.reasonHint')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={2000}
              required
              data-testid="open-override-reason"
            />
          </Alert>
        )}
        {failure && (
          <Alert color="red" mt="sm" role="alert" data-testid="open-error">
            {failure}
          </Alert>
        )}
        <Group mt="sm">
          <Button type="submit" loading={loading} data-testid="open-accompaniment">
            {overCapacity ? t('open.submitOverride') : t('open.submit')}
          </Button>
        </Group>
      </form>
    </Card>
  );
}
