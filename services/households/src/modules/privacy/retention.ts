import type { Calendar } from '@ash/kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { eraseInactiveHouseholds } from './erasure.service';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionSchedule {
  stop(): void;
}

/**
 * Runs the retention rule once a day in the households process (first run a minute after start).
 * Several replicas may run it side by side: the household row lock and the "already erased" check
 * make each erasure happen once.
 */
export function scheduleRetention(
  orm: MikroORM,
  years: number,
  calendar: Calendar,
  log: (line: string) => void = (line) => console.log(line),
  intervalMs = DAY_MS,
): RetentionSchedule {
  const run = async () => {
    try {
      const erased = await eraseInactiveHouseholds(orm.em.fork(), { years, calendar });
      if (erased.length) log(`[retention] ${erased.length} household(s) inactive for ${years} years erased`);
    } catch (error) {
      log(`[retention] ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const first = setTimeout(run, Math.min(60_000, intervalMs));
  const daily = setInterval(run, intervalMs);
  // Never keeps the process alive on its own.
  first.unref();
  daily.unref();
  return {
    stop() {
      clearTimeout(first);
      clearInterval(daily);
    },
  };
}
