import { Button } from '@mantine/core';
import { IconChevronUp, IconPlus } from '@tabler/icons-react';
import { type ReactNode, useId, useState } from 'react';

/** A form kept folded under the button that opens it, so that the records above it stay in view. */
export function FormToggle({
  label,
  testId,
  children,
}: {
  label: string;
  testId: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div>
      <Button
        variant="default"
        size="xs"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((current) => !current)}
        leftSection={open ? <IconChevronUp size={14} aria-hidden /> : <IconPlus size={14} aria-hidden />}
        data-testid={testId}
      >
        {label}
      </Button>
      <div id={id} hidden={!open} style={{ marginTop: 'var(--mantine-spacing-sm)' }}>
        {open && children}
      </div>
    </div>
  );
}
