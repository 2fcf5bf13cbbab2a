import type { AuthConfig } from './config';
import { type Session, sessionFromToken } from './session';

type OidcConfig = Extract<AuthConfig, { mode: 'oidc' }>;

// oidc-client-ts (authorization code + PKCE), loaded only when an identity provider is configured.
async function userManager(config: OidcConfig) {
  const { UserManager, WebStorageStateStore } = await import('oidc-client-ts');
  return new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    scope: config.scope,
    redirect_uri: `${window.location.origin}/connexion/retour`,
    post_logout_redirect_uri: `${window.location.origin}/connexion`,
    userStore: new WebStorageStateStore({ store: window.localStorage }),
  });
}

export async function startOidcSignIn(config: OidcConfig, returnTo: string): Promise<void> {
  await (await userManager(config)).signinRedirect({ state: { returnTo } });
}

/** Completes the redirect: the access token goes to the gateway, which verifies it (JWKS). */
export async function completeOidcSignIn(
  config: OidcConfig,
): Promise<{ session: Session; returnTo: string }> {
  const user = await (await userManager(config)).signinRedirectCallback();
  const session = sessionFromToken(user.access_token, config.roleClaim);
  const state = user.state as { returnTo?: string } | undefined;
  return { session, returnTo: state?.returnTo ?? '/' };
}
