import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { now } from '../app/clock';
import type { Role } from './permissions';

export interface SessionUser {
  userId: string;
  name?: string;
  role: Role;
  organisation: string;
}

export interface Session {
  token: string;
  user: SessionUser;
  /** Seconds since the epoch, from the token. */
  expiresAt: number;
}

const STORAGE_KEY = 'ash.session';

/** The token's claims, read without verifying them (the gateway verifies every request). */
function claimsOf(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  const binary = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
}

export function sessionFromToken(token: string, roleClaim = 'role'): Session {
  const claims = claimsOf(token);
  return {
    token,
    expiresAt: Number(claims.exp ?? 0),
    user: {
      userId: String(claims.sub ?? ''),
      name: typeof claims.name === 'string' ? claims.name : undefined,
      role: claims[roleClaim] as Role,
      organisation: typeof claims.org === 'string' ? claims.org : '',
    },
  };
}

function isLive(session: Session | null): session is Session {
  return session !== null && session.expiresAt * 1000 > now().getTime();
}

/**
 * Kept in the browser (localStorage) until the token expires: every tab of the dashboard shares
 * it, and a reload keeps it; signing out in one tab signs out the others.
 */
export function readStoredSession(): Session | null {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Session | null;
    return isLive(stored) ? stored : null;
  } catch {
    return null;
  }
}

interface SessionContextValue {
  session: Session | null;
  signIn(session: Session): void;
  signOut(): void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(readStoredSession);
  const signIn = useCallback((next: Session) => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    setSession(next);
  }, []);
  const signOut = useCallback(() => {
    localStorage.removeItem(STORAGE_KEY);
    setSession(null);
  }, []);
  // Another tab signed in or out: this one follows.
  useEffect(() => {
    const follow = (event: StorageEvent) => {
      if (event.key === STORAGE_KEY || event.key === null) setSession(readStoredSession());
    };
    window.addEventListener('storage', follow);
    return () => window.removeEventListener('storage', follow);
  }, []);
  const value = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user; views are only rendered for one. */
export function useUser(): SessionUser {
  const { session } = useSession();
  if (!session) throw new Error('No signed-in user');
  return session.user;
}

/** For the Apollo link, which lives outside React. */
export function currentToken(): string | undefined {
  return readStoredSession()?.token;
}
