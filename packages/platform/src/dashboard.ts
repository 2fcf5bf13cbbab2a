import { existsSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { isLoopback, readClock } from '@ash/kit';
import express, { type Response } from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';

export interface DashboardOptions {
  port: number;
  host?: string;
  /** The gateway's GraphQL URL (`…/graphql`): its origin (and path prefix) receives the API paths. */
  gatewayUrl: string;
  /** The client's build (`client/dist`): `index.html` and hashed `assets/`. */
  distDir: string;
  log?: (line: string) => void;
  /** Read for the sign-in configuration (OIDC_*); defaults to process.env. */
  env?: NodeJS.ProcessEnv;
}

export interface RunningDashboard {
  url: string;
  stop(): Promise<void>;
}

/** What the dashboard reads at start (`GET /config.json`) to know how people sign in. */
export type DashboardConfig = {
  auth:
    | { mode: 'development' }
    | { mode: 'oidc'; authority: string; clientId: string; scope: string; roleClaim: string };
};

// The paths the browser sends to the gateway through the dashboard's origin (no CORS needed).
const PROXIED_PATHS = new Set([
  '/graphql',
  '/indicators.csv',
  '/indicators.xlsx',
  '/report.json',
  '/report.csv',
  '/report.xlsx',
  '/health',
]);
const proxied = (pathname: string) => PROXIED_PATHS.has(pathname) || pathname.startsWith('/auth/');

// Mantine injects <style> elements: inline styles allowed, scripts only from the dashboard's origin;
// the browser talks to the dashboard's origin, and to the identity provider when there is one.
function contentSecurityPolicy(config: DashboardConfig): string {
  const provider = config.auth.mode === 'oidc' ? ` ${new URL(config.auth.authority).origin}` : '';
  return [
    "default-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src 'self'${provider}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const NOT_BUILT = [
  "Le tableau de bord n'est pas construit : lancez `npm run build`, puis rechargez la page.",
  'The dashboard is not built: run `npm run build`, then reload the page.',
].join('\n');

/** OIDC sign-in when OIDC_AUTHORITY and OIDC_CLIENT_ID are set, development sign-in otherwise. */
export function dashboardConfig(rawEnv: NodeJS.ProcessEnv = process.env): DashboardConfig {
  const env = (name: string) => rawEnv[name] || undefined;
  const authority = env('OIDC_AUTHORITY');
  const clientId = env('OIDC_CLIENT_ID');
  if (!authority || !clientId) return { auth: { mode: 'development' } };
  return {
    auth: {
      mode: 'oidc',
      authority,
      clientId,
      scope: env('OIDC_SCOPE') ?? 'openid profile',
      roleClaim: env('OIDC_ROLE_CLAIM') ?? 'role',
    },
  };
}

function gatewayBase(gatewayUrl: string): string {
  const url = new URL(gatewayUrl);
  if (!/\/graphql\/?$/.test(url.pathname))
    throw new Error(`The gateway URL must end in /graphql: ${gatewayUrl}`);
  url.pathname = url.pathname.replace(/\/graphql\/?$/, '');
  url.search = '';
  return url.toString().replace(/\/$/, '');
}

function securityHeaders(res: Response | ServerResponse, csp?: string) {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  if (csp) res.setHeader('Content-Security-Policy', csp);
}

/**
 * Serves the built dashboard and forwards its API paths to the gateway, so that the browser talks
 * to one origin. Any other GET answers `index.html` (client-side routes); until the client is
 * built, 503 with a message saying so.
 */
export function startDashboard(options: DashboardOptions): Promise<RunningDashboard> {
  const { port, host = '127.0.0.1', distDir, log = (line) => console.log(line) } = options;
  const indexHtml = path.join(distDir, 'index.html');
  const config = dashboardConfig(options.env);
  const csp = contentSecurityPolicy(config);
  // The servers' clock (CLOCK_AT in a demonstration on another date): the dashboard's "today" and
  // "this month" are theirs, whatever the clock of the computer it runs on.
  const clock = readClock(options.env ?? process.env);

  const app = express();
  app.disable('x-powered-by');
  // The gateway sees this server's loopback address: only a browser on this machine may reach the
  // development sign-in through it.
  app.use('/auth/dev', (req, res, next) => {
    if (isLoopback(req.socket.remoteAddress)) return next();
    securityHeaders(res);
    res.status(404).type('text/plain').send('Not found');
  });
  app.use(
    createProxyMiddleware<IncomingMessage, ServerResponse>({
      target: gatewayBase(options.gatewayUrl),
      changeOrigin: true,
      pathFilter: proxied,
      on: {
        error: (error, _req, res) => {
          log(
            `[dashboard] the gateway did not answer: ${(error as NodeJS.ErrnoException).code ?? error.message}`,
          );
          if (!('writeHead' in res)) return void res.destroy();
          if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({
              errors: [
                { message: 'The gateway is not answering', extensions: { code: 'GATEWAY_UNAVAILABLE' } },
              ],
            }),
          );
        },
      },
    }),
  );
  app.get('/config.json', (_req, res) => {
    securityHeaders(res);
    res.set('cache-control', 'no-store').json({ ...config, now: clock.now().toISOString() });
  });
  app.use(
    express.static(distDir, {
      index: false,
      setHeaders: (res, file) => {
        const relative = path.relative(distDir, file);
        securityHeaders(res, file.endsWith('.html') ? csp : undefined);
        res.setHeader(
          'Cache-Control',
          relative.startsWith(`assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    }),
  );
  // A missing hashed asset (an old page after a rebuild) is a 404, not the page in its place.
  app.use('/assets', (_req, res) => {
    securityHeaders(res);
    res.status(404).type('text/plain').send('Not found');
  });
  app.get('/{*path}', (_req, res) => {
    if (!existsSync(indexHtml)) {
      securityHeaders(res);
      res.status(503).set('cache-control', 'no-store').type('text/plain; charset=utf-8').send(NOT_BUILT);
      return;
    }
    securityHeaders(res, csp);
    res.set('cache-control', 'no-cache').sendFile(indexHtml);
  });

  return new Promise((resolve, reject) => {
    const sockets = new Set<Socket>();
    const server: Server = app.listen(port, host, (error?: Error) => {
      if (error) return reject(error);
      const { port: actual } = server.address() as AddressInfo;
      const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
      if (!existsSync(indexHtml)) log(`[dashboard] ${distDir} holds no build: run \`npm run build\``);
      resolve({
        url: `http://${shown}:${actual}`,
        stop: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
            // Proxied requests may hold their socket open past closeAllConnections (upgrades).
            for (const socket of sockets) socket.destroy();
          }),
      });
    });
    server.on('connection', (socket) => {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
    });
  });
}
