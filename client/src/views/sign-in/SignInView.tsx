import { Alert, Button, Card, Center, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { type AuthConfig, authConfig } from '../../auth/config';
import { completeOidcSignIn, startOidcSignIn } from '../../auth/oidc';
import { landingPath, type Role } from '../../auth/permissions';
import { sessionFromToken, useSession } from '../../auth/session';
import { Loading } from '../../components/Loading';

interface DemoUser {
  userId: string;
  name: string;
  role: Role;
  organisation: string;
}

/** Sign-in: a demo user to pick in development, the organisation's identity provider otherwise. */
export function SignInView() {
  const { t } = useTranslation('signIn');
  const { signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const returnTo = (location.state as { from?: string } | null)?.from;
  const [config, setConfig] = useState<AuthConfig>();
  const [users, setUsers] = useState<DemoUser[]>();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState<string>();

  useEffect(() => {
    document.title = `${t('title')} · ${t('common:app.name')}`;
    void authConfig().then(setConfig);
  }, [t]);

  useEffect(() => {
    if (config?.mode !== 'development') return;
    fetch('/auth/dev/users')
      .then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        return response.json() as Promise<DemoUser[]>;
      })
      .then((list) => setUsers(list.filter((u) => u.role !== 'INTEGRATOR')))
      .catch(() => setError(t('unavailable')));
  }, [config, t]);

  const signInAs = async (user: DemoUser) => {
    setPending(user.userId);
    setError(undefined);
    try {
      const response = await fetch('/auth/dev/token', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId: user.userId }),
      });
      if (!response.ok) throw new Error(String(response.status));
      const { token } = (await response.json()) as { token: string };
      const session = sessionFromToken(token);
      signIn(session);
      navigate(returnTo ?? landingPath(session.user.role), { replace: true });
    } catch {
      setError(t('failed'));
    } finally {
      setPending(undefined);
    }
  };

  return (
    <Container size="sm" py="xl" component="main">
      <Stack gap="lg">
        <div>
          <Title order={1}>{t('common:app.name')}</Title>
          <Text c="dimmed">{t('common:app.tagline')}</Text>
        </div>
        <Title order={2} size="h3">
          {t('title')}
        </Title>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {!config && <Loading />}
        {config?.mode === 'oidc' && (
          <Button onClick={() => void startOidcSignIn(config, returnTo ?? '/')}>{t('withProvider')}</Button>
        )}
        {config?.mode === 'development' && (
          <>
            <Alert color="blue" variant="light">
              {t('developmentNotice')}
            </Alert>
            {!users && !error && <Loading />}
            <Stack gap="sm">
              {users?.map((user) => (
                <Card key={user.userId} withBorder padding="sm">
                  <Group justify="space-between" wrap="nowrap">
                    <div>
                      <Text fw={600}>{user.name}</Text>
                      <Text size="sm" c="dimmed">
                        {t(`common:roles.${user.role}`)} · {user.organisation}
                      </Text>
                    </div>
                    <Button
                      onClick={() => void signInAs(user)}
                      loading={pending === user.userId}
                      aria-label={t('signInAs', { name: user.name, role: t(`common:roles.${user.role}`) })}
                      data-role={user.role}
                    >
                      {t('signIn')}
                    </Button>
                  </Group>
                </Card>
              ))}
            </Stack>
          </>
        )}
      </Stack>
    </Container>
  );
}

/** Where the identity provider sends the browser back after signing in. */
export function OidcCallbackView() {
  const { t } = useTranslation('signIn');
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  useEffect(() => {
    void authConfig().then(async (config) => {
      if (config.mode !== 'oidc') return navigate('/connexion', { replace: true });
      try {
        const { session, returnTo } = await completeOidcSignIn(config);
        signIn(session);
        navigate(returnTo, { replace: true });
      } catch {
        setError(t('failed'));
      }
    });
  }, [navigate, signIn, t]);
  return (
    <Center py="xl" component="main">
      {error ? <Alert color="red">{error}</Alert> : <Loading />}
    </Center>
  );
}
