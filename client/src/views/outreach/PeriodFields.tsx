import { Button, Group, TextInput } from '@mantine/core';
import { today } from '../../i18n/format';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD. */
export function isIsoDate(value: string | null | undefined): value is string {
  if (!value || !ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The day `days` after (or before) a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The last twelve months up to today: from the day after today a year ago, to today. */
export function lastTwelveMonths(): { from: string; to: string } {
  const to = today();
  const yearAgo = `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`;
  // 29 February a year later does not exist: fall back to 1 March.
  return { from: isIsoDate(yearAgo) ? addDays(yearAgo, 1) : `${to.slice(0, 4)}-03-01`, to };
}

/**
 * A period kept in the URL (`du`, `au`): two date fields and, optionally, a shortcut back to a
 * default period. Labels come from the caller's namespace.
 */
export function PeriodFields({
  from,
  to,
  onChange,
  labels,
  error,
  reset,
  testId,
}: {
  from: string;
  to: string;
  onChange: (period: { from: string; to: string }) => void;
  labels: { from: string; to: string; reset?: string };
  error?: string;
  reset?: { from: string; to: string };
  testId?: string;
}) {
  return (
    <Group align="flex-start" gap="md" data-testid={testId}>
      <TextInput
        type="date"
        label={labels.from}
        value={from}
        max={to}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (isIsoDate(value)) onChange({ from: value, to });
        }}
        error={error}
        styles={{
          error: { color: 'var(--mantine-color-red-9)' },
          input: { color: 'var(--mantine-color-text)' },
        }}
        w={180}
        data-testid={testId ? `${testId}-from` : undefined}
      />
      <TextInput
        type="date"
        label={labels.to}
        value={to}
        min={from}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (isIsoDate(value)) onChange({ from, to: value });
        }}
        w={180}
        data-testid={testId ? `${testId}-to` : undefined}
      />
      {reset && labels.reset && (reset.from !== from || reset.to !== to) && (
        <Button variant="subtle" mt={25} onClick={() => onChange(reset)}>
          {labels.reset}
        </Button>
      )}
    </Group>
  );
}
