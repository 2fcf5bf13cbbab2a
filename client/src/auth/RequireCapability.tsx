import { Button, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Capability, can, landingPath } from './permissions';
import { useUser } from './session';

/** Renders a view only for the roles that may use it; others get a plain explanation. */
export function RequireCapability({ capability, children }: { capability: Capability; children: ReactNode }) {
  const { t } = useTranslation();
  const user = useUser();
  if (can(user.role, capability)) return children;
  return (
    <Stack align="flex-start" data-testid="forbidden-view">
      <Text>{t('state.forbiddenView')}</Text>
      <Button component={Link} to={landingPath(user.role)}>
        {t('state.backHome')}
      </Button>
    </Stack>
  );
}
