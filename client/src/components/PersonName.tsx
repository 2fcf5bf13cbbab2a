import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { can } from '../auth/permissions';
import { useUser } from '../auth/session';
import { graphql } from '../gql';

const SignedInAsQuery = graphql(`
  query SignedInAs {
    me {
      id
      displayName
    }
  }
`);

/** The signed-in user's name in the directory (the token's subject), once known; else undefined. */
export function useSignedInName(): string | undefined {
  const { role } = useUser();
  const { data } = useQuery(SignedInAsQuery, { skip: !can(role, 'directory.me') });
  return data?.me.displayName ?? undefined;
}

/** A user id as the API returns it beside the id: the directory's name, when it has one. */
export interface NamedUser {
  id: string;
  displayName?: string | null;
}

/** The name to show for a user: the directory's, else the id marked as outside the directory. */
export function usePersonLabel(): (user: NamedUser | null | undefined, id?: string | null) => string {
  const { t } = useTranslation('people');
  const { userId } = useUser();
  return (user, id) => {
    const subject = user?.id ?? id ?? '';
    const name = user?.displayName ?? t('unknown', { id: subject });
    return subject === userId ? t('you', { name }) : name;
  };
}

/**
 * Someone the records name (who recorded, moved, follows): their name from the directory, marked
 * "(vous)" for the signed-in user; an id the directory does not know is shown as such.
 */
export function PersonName({ user, id }: { user: NamedUser | null | undefined; id?: string | null }) {
  const label = usePersonLabel();
  if (!user && !id) return null;
  return <>{label(user, id)}</>;
}
