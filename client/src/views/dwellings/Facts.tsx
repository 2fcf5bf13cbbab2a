import { Box, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Label–value pairs as a description list, labels in a column sized to the longest. */
export function Facts({ children }: { children: ReactNode }) {
  return (
    <Box
      component="dl"
      m={0}
      style={{
        display: 'grid',
        gridTemplateColumns: 'fit-content(50%) minmax(0, 1fr)',
        columnGap: 'var(--mantine-spacing-md)',
        rowGap: 6,
        alignItems: 'baseline',
      }}
    >
      {children}
    </Box>
  );
}

/** One pair of a `Facts` list; nothing when the value is absent (null, undefined, false, ''). */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === undefined || children === false || children === '') return null;
  return (
    <>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </>
  );
}
