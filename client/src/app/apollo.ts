import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { currentToken } from '../auth/session';

/**
 * One client for the dashboard, talking to the gateway on the same origin. Queries use
 * `errorPolicy: 'all'`: when a subgraph is down the gateway still answers with what the others
 * gave, and each panel shows that and says what is missing. Mutations fail as a whole.
 */
export function createApolloClient(onUnauthenticated: () => void): ApolloClient {
  const auth = new SetContextLink(({ headers }) => {
    const token = currentToken();
    return { headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  });
  const signOutOnExpiry = new ErrorLink(({ error }) => {
    const unauthenticated =
      (ServerError.is(error) && error.statusCode === 401) ||
      (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED'));
    if (unauthenticated) onUnauthenticated();
  });
  return new ApolloClient({
    link: ApolloLink.from([signOutOnExpiry, auth, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache(),
    defaultOptions: {
      watchQuery: { errorPolicy: 'all', fetchPolicy: 'cache-and-network' },
      query: { errorPolicy: 'all' },
    },
  });
}

// Lets the hooks' types know that data may come with errors (partial results).
declare module '@apollo/client' {
  export namespace ApolloClient {
    export namespace DeclareDefaultOptions {
      interface WatchQuery {
        errorPolicy: 'all';
      }
      interface Query {
        errorPolicy: 'all';
      }
    }
  }
}
