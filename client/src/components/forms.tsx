import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Alert, Group, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import type { GraphQLFormattedError } from 'graphql';
import { type FormEvent, useRef, useState } from 'react';
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
 * errors naming their input field (`extensions.field`, or `extensions.argument`) go next to that field,
 * in French when the form or `errors.reasons` translates their `reason` (else in the words the form
 * gives for that field, `fieldMessages`); the rest, and a
 * reason the form translates (`reasons`), become the form's message.
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
        // Domain errors name their input field as `field` or, for an argument, `argument`.
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
 * the API refuses (nothing was changed), so the user corrects and sends again.
 */
export function useMutationForm(reasons?: Record<string, string>, fieldMessages?: Record<string, string>) {
  const { t } = useTranslation();
  const toRefusal = useRefusal(reasons, fieldMessages);
  const [refusal, setRefusal] = useState<Refusal>({ fields: {} });
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  // The fields this render shows (asked through fieldError): a refusal naming another one is said
  // above the buttons instead, so that no message is lost.
  const shown = useRef(new Set<string>());
  shown.current = new Set();
  const placed = (refusal: Refusal): Refusal => {
    const fields: Record<string, string> = {};
    const elsewhere: string[] = [];
    for (const [field, message] of Object.entries(refusal.fields)) {
      if (shown.current.has(field)) fields[field] = message;
      else elsewhere.push(message);
    }
    if (!elsewhere.length) return refusal;
    const seeFields = t('errors.seeFields');
    const own = refusal.form === seeFields ? [] : [refusal.form];
    const form = [...own, ...elsewhere, Object.keys(fields).length ? seeFields : undefined].filter(Boolean);
    return { fields, form: form.join(' ') };
  };
  return {
    saving,
    saved,
    refusal,
    /** The refusal next to one input field (its name in the mutation's input), for `error=`. */
    fieldError: (field: string): string | undefined => {
      shown.current.add(field);
      return refusal.fields[field];
    },
    /** A change in the draft: the "saved" mark goes away. */
    touched: () => setSaved(false),
    /**
     * `check`, when given, validates the draft as the API would (French messages by field): with a
     * problem, nothing is sent and the messages show next to their fields.
     */
    submit:
      (send: () => Promise<unknown>, check?: () => Record<string, string | undefined>) =>
      async (event?: FormEvent): Promise<boolean> => {
        event?.preventDefault();
        setSaved(false);
        const problems = Object.fromEntries(
          Object.entries(check?.() ?? {}).filter((entry): entry is [string, string] => Boolean(entry[1])),
        );
        if (Object.keys(problems).length) {
          setRefusal({ fields: problems, form: t('errors.seeFields') });
          return false;
        }
        setRefusal({ fields: {} });
        setSaving(true);
        try {
          await send();
          setSaved(true);
          return true;
        } catch (error) {
          setRefusal(placed(toRefusal(error)));
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
