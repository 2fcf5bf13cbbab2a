import { ApolloProvider } from '@apollo/client/react';
import { Badge, type CSSVariablesResolver, createTheme, MantineProvider } from '@mantine/core';
import { useMemo } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { SessionProvider, useSession } from '../auth/session';
import { createApolloClient } from './apollo';
import { routes } from './routes';

const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 9, dark: 6 },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  components: {
    // A long label wraps instead of being cut with an ellipsis (narrow table cells).
    Badge: Badge.extend({
      styles: {
        root: { height: 'auto', maxWidth: '100%', paddingBlock: 2 },
        label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.3 },
      },
    }),
  },
});

// A field's error in a red that reads on white (4.5:1): Mantine's default (red 6) does not.
const cssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-error': 'var(--mantine-color-red-9)' },
  dark: {},
});

const router = createBrowserRouter(routes);

function WithApollo() {
  const { session, signOut } = useSession();
  const userId = session?.user.userId;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new client, and cache, per signed-in user: nothing one user read stays for the next
  const client = useMemo(() => createApolloClient(signOut), [signOut, userId]);
  return (
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  );
}

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariables}>
      <SessionProvider>
        <WithApollo />
      </SessionProvider>
    </MantineProvider>
  );
}
