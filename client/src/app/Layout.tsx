import { AppShell, Burger, Button, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLogout } from '@tabler/icons-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, NavLink as RouterLink, useLocation } from 'react-router';
import { can } from '../auth/permissions';
import { useSession, useUser } from '../auth/session';
import { Loading } from '../components/Loading';
import { useSignedInName } from '../components/PersonName';
import { HeaderSearch } from './HeaderSearch';
import { MENU } from './navigation';

/** The frame of every signed-in page: header, the menu of what the role may use, the view. */
export function Layout() {
  const { t } = useTranslation();
  const user = useUser();
  const displayName = useSignedInName();
  const { signOut } = useSession();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure();
  const entries = MENU.filter((entry) => can(user.role, entry.capability));
  const isActive = (path: string) =>
    path === '/' ? location.pathname === '/' : location.pathname.startsWith(path);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 280, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#contenu" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('app.toggleMenu')}
            />
            <Text fw={700}>{t('app.name')}</Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <HeaderSearch />
            <Text size="sm" visibleFrom="sm" data-testid="signed-in-as">
              {t('app.signedInAs', {
                name: displayName ?? user.name ?? user.userId,
                role: t(`roles.${user.role}`),
              })}
            </Text>
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconLogout size={16} aria-hidden />}
              onClick={signOut}
            >
              {t('app.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('app.menu')}>
        {entries.map((entry) => (
          <NavLink
            key={entry.key}
            component={RouterLink}
            to={entry.path}
            label={t(`nav.${entry.key}`)}
            leftSection={<entry.icon size={18} aria-hidden />}
            active={isActive(entry.path)}
            variant="filled"
            aria-current={isActive(entry.path) ? 'page' : undefined}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="contenu" tabIndex={-1}>
        {/* A new boundary per page: while a page's code loads, its place shows the loader at once
            (a boundary already showing content would keep the old page on screen, menu and all). */}
        <Suspense key={location.pathname} fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
