import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';

/** Under a paged list: how many of how many are shown, and "Afficher la suite" while there are more. */
export function LoadMore({
  shown,
  total,
  hasNextPage,
  loading,
  onLoadMore,
}: {
  shown: number;
  total: number;
  hasNextPage: boolean;
  loading: boolean;
  onLoadMore: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed">
        {t('state.shownOf', { count: shown, shown: formatNumber(shown), total: formatNumber(total) })}
      </Text>
      {hasNextPage && (
        <Button variant="outline" onClick={onLoadMore} loading={loading} data-testid="load-more">
          {t('state.loadMore')}
        </Button>
      )}
    </Group>
  );
}
