import { Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** A view's heading (the page's only h1) and the document title, so tabs and history read well. */
export function Page({
  title,
  description,
  actions,
  children,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {title}
        </Title>
        {description && (
          <Text c="dimmed" size="sm" mt={4}>
            {description}
          </Text>
        )}
      </div>
      {actions}
      {children}
    </Stack>
  );
}

/** A value the signed-in role may not read (the API answered null with FORBIDDEN). */
export function NotForRole() {
  const { t } = useTranslation();
  return (
    <Text span c="dimmed" fs="italic" size="sm">
      {t('state.notAvailableForRole')}
    </Text>
  );
}
