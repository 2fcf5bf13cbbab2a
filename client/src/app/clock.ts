// The servers' clock, as the dashboard server reports it in /config.json: the difference with the
// browser's is kept, so "today", "this month" and a session's expiry are the servers' (a computer set
// to the wrong day, a demonstration on another date with CLOCK_AT). Without it, the browser's clock.
let offsetMs = 0;

/** Loads the servers' clock once, before the first render. */
export async function loadServerClock(): Promise<void> {
  try {
    const response = await fetch('/config.json', { headers: { accept: 'application/json' } });
    const config = response.ok ? ((await response.json()) as { now?: string }) : {};
    const server = config.now ? Date.parse(config.now) : Number.NaN;
    if (!Number.isNaN(server)) offsetMs = server - Date.now();
  } catch {
    // No dashboard server (tests, `vite dev` without one): the browser's clock.
  }
}

/** Now, on the servers' clock. */
export function now(): Date {
  return new Date(Date.now() + offsetMs);
}
