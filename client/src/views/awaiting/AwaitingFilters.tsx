import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, MultiSelect, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrors } from '../../components/QueryErrors';
import { graphql } from '../../gql';
import type { TargetPublic, Typology } from '../../gql/graphql';

// The communes of the stock, for the commune filter (an agency has well under 100 residences).
const COMMUNES = graphql(`
  query AwaitingCommissionCommunes {
    residences(first: 100) {
      edges {
        node {
          id
          commune
        }
      }
    }
  }
`);

export const TYPOLOGIES: Typology[] = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6'];
export const TARGET_PUBLICS: TargetPublic[] = ['SINGLE_PARENT', 'LEAVING_PRISON', 'ISOLATED_TENANT'];

export interface AwaitingFilterValues {
  targetPublics: TargetPublic[];
  communes: string[];
  typologies: Typology[];
}

/**
 * The waiting list's filters. The target public is offered only to roles that may read it: a role
 * that may not read it may not filter on it either (that would reveal it).
 */
export function AwaitingFilters({
  values,
  withTargetPublic,
  onChange,
  onReset,
}: {
  values: AwaitingFilterValues;
  withTargetPublic: boolean;
  onChange: (name: keyof AwaitingFilterValues, values: string[]) => void;
  onReset: () => void;
}) {
  const { t } = useTranslation('awaiting');
  const filtered = values.targetPublics.length + values.communes.length + values.typologies.length > 0;
  return (
    <Card withBorder padding="md" component="section" aria-label={t('filters.label')}>
      <Group align="flex-end" gap="md">
        {withTargetPublic && (
          <MultiSelect
            label={t('filters.targetPublic')}
            placeholder={values.targetPublics.length ? undefined : t('filters.all')}
            data={TARGET_PUBLICS.map((value) => ({ value, label: t(`common:enums.TargetPublic.${value}`) }))}
            value={values.targetPublics}
            onChange={(chosen) => onChange('targetPublics', chosen)}
            clearable
            w={320}
            data-testid="filter-target-public"
          />
        )}
        <CommuneFilter value={values.communes} onChange={(chosen) => onChange('communes', chosen)} />
        <MultiSelect
          label={t('filters.typologies')}
          placeholder={values.typologies.length ? undefined : t('filters.allFeminine')}
          data={TYPOLOGIES.map((value) => ({ value, label: t(`common:enums.Typology.${value}`) }))}
          value={values.typologies}
          onChange={(chosen) => onChange('typologies', chosen)}
          clearable
          w={220}
          data-testid="filter-typology"
        />
        {filtered && (
          <Button variant="subtle" onClick={onReset}>
            {t('filters.reset')}
          </Button>
        )}
      </Group>
    </Card>
  );
}

/** Communes of the stock, plus any chosen in the URL that the stock does not list. */
function CommuneFilter({ value, onChange }: { value: string[]; onChange: (values: string[]) => void }) {
  const { t } = useTranslation('awaiting');
  const { data, error } = useQuery(COMMUNES);
  const options = useMemo(() => {
    const all = new Set(value);
    for (const edge of data?.residences.edges ?? []) all.add(edge.node.commune);
    return [...all].sort((a, b) => a.localeCompare(b, 'fr'));
  }, [data, value]);
  return (
    <Stack gap={4}>
      <QueryErrors error={error} />
      <MultiSelect
        label={t('filters.communes')}
        placeholder={value.length ? undefined : t('filters.allFeminine')}
        data={options}
        value={value}
        onChange={onChange}
        searchable
        clearable
        w={320}
        data-testid="filter-commune"
      />
    </Stack>
  );
}
