import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Alert, Group, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import type { GraphQLFormattedError } from 'graphql';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutationErrorMessage } from './QueryErrors';

/** What the API refused, in French: per input field (next to it) and for the form as a whole. */
export interface Refusal {
  fields: Record<string, string>;
  form?: string;
}

interface ValidationError {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationError[];
}

function flatten(errors: ValidationError[], prefix = ''): Array<[string, string[]]> {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own: Array<[string, string[]]> = error.constraints ? [[path, Object.keys(error.constraints)]] : [];
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/**
 * Turns a failed mutation into a refusal: class-validator failures (`validationErrors`) and domain
 * errors naming their input field (`extensions.field` or `argument`) go next to that field, in the words the form gives for that field
 * (`fieldMessages`) when the error has no reason it translates; the rest, and a reason the form
 * translates (`reasons`), become the form's message.
 */
export function useRefusal(
  reasons: Record<string, string> = {},
  fieldMessages: Record<string, string> = {},
): (error: unknown) => Refusal {
  const { t } = useTranslation();
  const formMessage = useMutationErrorMessage();
  return (error) => {
    if (!CombinedGraphQLErrors.is(error)) return { fields: {}, form: formMessage(error) };
    const fields: Record<string, string> = {};
    const rest: GraphQLFormattedError[] = [];
    for (const e of error.errors) {
      const extensions = e.extensions ?? {};
      const reason = typeof extensions.reason === 'string' ? extensions.reason : undefined;
      const translated = reason
        ? (reasons[reason] ?? t(`errors.reasons.${reason}`, { defaultValue: '' }))
        : '';
      const validation = extensions.validationErrors as ValidationError[] | undefined;
      if (validation?.length) {
        for (const [path, constraints] of flatten(validation)) {
          fields[path] = constraints
            .map((c) => t(`errors.constraints.${c}`, { defaultValue: t('errors.constraints.default') }))
            .join(' ');
        }
      } else if (typeof (extensions.field ?? extensions.argument) === 'string') {
        const field = String(extensions.field ?? extensions.argument);
        fields[field] =
          translated || fieldMessages[field] || formMessage(new CombinedGraphQLErrors({ errors: [e] }));
      } else if (translated) {
        fields[''] = translated;
      } else rest.push(e);
    }
    const form =
      fields[''] ?? (rest.length ? formMessage(new CombinedGraphQLErrors({ errors: rest })) : undefined);
    delete fields[''];
    const unplaced = !form && Object.keys(fields).length ? t('errors.seeFields') : undefined;
    return { fields, form: form ?? unplaced };
  };
}

/**
 * The state every form of the dashboard shares: sending, sent, and what was refused. `submit` wraps
 * the form's handler: it prevents the page reload, clears the last refusal, and keeps the draft when
 * the API refuses (nothing was changed), so the user corrects and sends again. Given `check` (the
 * API's rules the form can apply itself), it sends nothing while `check` finds a field to refuse, and
 * shows those refusals as the API's would be.
 */
export function useMutationForm(reasons?: Record<string, string>, fieldMessages?: Record<string, string>) {
  const { t } = useTranslation();
  const toRefusal = useRefusal(reasons, fieldMessages);
  const [refusal, setRefusal] = useState<Refusal>({ fields: {} });
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  return {
    saving,
    saved,
    refusal,
    /** The refusal next to one input field (its name in the mutation's input), for `error=`. */
    fieldError: (field: string): string | undefined => refusal.fields[field],
    /** A change in the draft: the "saved" mark goes away. */
    touched: () => setSaved(false),
    submit:
      (send: () => Promise<unknown>, check?: () => Record<string, string>) =>
      async (event?: FormEvent): Promise<boolean> => {
        event?.preventDefault();
        setRefusal({ fields: {} });
        setSaved(false);
        const refused = check?.() ?? {};
        if (Object.keys(refused).length) {
          setRefusal({ fields: refused, form: t('errors.seeFields') });
          return false;
        }
        setSaving(true);
        try {
          await send();
          setSaved(true);
          return true;
        } catch (error) {
          setRefusal(toRefusal(error));
          return false;
        } finally {
          setSaving(false);
        }
      },
  };
}

/** Below a form: its refusal (an alert) and, once sent, a short confirmation read out to screen readers. */
export function FormFeedback({
  refusal,
  saved,
  savedText,
  testId,
}: {
  refusal: Refusal;
  saved: boolean;
  savedText: string;
  testId: string;
}) {
  return (
    <>
      {refusal.form && (
        <Alert color="red" mt="sm" role="alert" data-testid={`${testId}-error`}>
          {refusal.form}
        </Alert>
      )}
      <div role="status">
        {saved && (
          <Group gap={4} mt="xs" data-testid={`${testId}-saved`}>
            <IconCheck size={16} aria-hidden color="var(--mantine-color-teal-9)" />
            <Text size="sm">{savedText}</Text>
          </Group>
        )}
      </div>
    </>
  );
}

/**
 * Styles for a form field whose refusal, description and typed text must stay readable (Mantine's
 * default reds and greys are below the contrast ratio): `styles={readableField}`.
 */
export const readableField = {
  error: { color: 'var(--mantine-color-red-9)' },
  description: { color: 'var(--mantine-color-gray-7)' },
  required: { color: 'var(--mantine-color-red-9)' },
  input: { color: 'var(--mantine-color-text)' },
};
