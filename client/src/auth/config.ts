// How the dashboard signs people in, read at start from /config.json (written by the server that
// serves the dashboard; see README "Dashboard"). Without it: development sign-in.
export type AuthConfig =
  | { mode: 'development' }
  | { mode: 'oidc'; authority: string; clientId: string; scope: string; roleClaim: string };

const DEVELOPMENT: AuthConfig = { mode: 'development' };
let loaded: Promise<AuthConfig> | undefined;

export function authConfig(): Promise<AuthConfig> {
  loaded ??= fetch('/config.json', { headers: { accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : {}))
    .then((config: { auth?: AuthConfig }) => config.auth ?? DEVELOPMENT)
    .catch(() => DEVELOPMENT);
  return loaded;
}
