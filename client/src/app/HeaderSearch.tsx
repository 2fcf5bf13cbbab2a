import { useQuery } from '@apollo/client/react';
import { Combobox, Loader, Text, TextInput, useCombobox, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { can } from '../auth/permissions';
import { useUser } from '../auth/session';
import { graphql } from '../gql';
import { paths } from './navigation';

/** What the API searches from (fewer characters: BAD_USER_INPUT), and how many of each kind are shown. */
const MIN_LENGTH = 2;
const RESULTS = 8;
/** Waits this long after the last key before searching: one request per pause, not per letter. */
const DEBOUNCE_MS = 200;

const HeaderSearchQuery = graphql(`
  query HeaderSearch($text: String!, $first: Int!, $households: Boolean!, $dwellings: Boolean!) {
    searchHouseholds(text: $text, first: $first) @include(if: $households) {
      id
      reference
      members {
        id
        firstName
        lastName
        role
      }
      applications {
        id
        registrationNumber
      }
    }
    searchDwellings(text: $text, first: $first) @include(if: $dwellings) {
      id
      reference
      typology
      residence {
        id
        address
        postalCode
        commune
      }
    }
  }
`);

/**
 * The header's search, on every page: households by name, reference or registration number, and
 * dwellings by reference or address, as one types (the API ignores accents and case). Arrow keys
 * move through the results, Enter opens one, Escape closes the list.
 */
export function HeaderSearch() {
  const { t } = useTranslation('search');
  const user = useUser();
  const navigate = useNavigate();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), DEBOUNCE_MS);
  const households = can(user.role, 'search.households');
  const dwellings = can(user.role, 'search.dwellings');
  const ready = debounced.length >= MIN_LENGTH;
  const { data, previousData, loading, error } = useQuery(HeaderSearchQuery, {
    variables: { text: debounced, first: RESULTS, households, dwellings },
    skip: !ready || !(households || dwellings),
  });
  // The first result is selected as the results arrive: Enter opens it.
  useEffect(() => {
    if (data) combobox.selectFirstOption();
  }, [data, combobox]);
  if (!households && !dwellings) return null;

  const shown = ready ? (data ?? previousData) : undefined;
  const foundHouseholds = shown?.searchHouseholds ?? [];
  const foundDwellings = shown?.searchDwellings ?? [];
  const count = foundHouseholds.length + foundDwellings.length;
  const waiting = text.trim() !== debounced || loading;

  const open = (value: string) => {
    const [kind, id] = value.split(':');
    setText('');
    combobox.closeDropdown();
    navigate(kind === 'household' ? paths.household(id) : paths.dwelling(id));
  };

  let status: string | null = null;
  if (text.trim().length < MIN_LENGTH) status = t('tooShort');
  else if (error) status = t('failed');
  else if (waiting && !count) status = t('searching');
  else if (!waiting && !count) status = t('none', { text: debounced });

  return (
    <Combobox store={combobox} onOptionSubmit={open} width={440} position="bottom-start">
      <Combobox.Target withExpandedAttribute>
        <TextInput
          aria-label={t('label')}
          placeholder={t('placeholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={waiting && ready ? <Loader size={14} aria-hidden /> : null}
          value={text}
          w={{ base: 180, sm: 280, lg: 360 }}
          data-testid="header-search"
          onChange={(event) => {
            setText(event.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options mah={420} style={{ overflowY: 'auto' }}>
          {status && <Combobox.Empty>{status}</Combobox.Empty>}
          {foundHouseholds.length > 0 && (
            <Combobox.Group label={t('households')}>
              {foundHouseholds.map((household) => {
                const adults = household.members.filter((m) => m.role === 'ADULT');
                const number = household.applications[0]?.registrationNumber;
                return (
                  <Combobox.Option value={`household:${household.id}`} key={household.id}>
                    <Text size="sm" fw={500}>
                      {adults.map((m) => `${m.firstName} ${m.lastName}`).join(', ')}
                    </Text>
                    <Text size="xs">
                      {number
                        ? `${household.reference} · ${t('registrationNumber', { number })}`
                        : household.reference}
                    </Text>
                  </Combobox.Option>
                );
              })}
            </Combobox.Group>
          )}
          {foundDwellings.length > 0 && (
            <Combobox.Group label={t('dwellings')}>
              {foundDwellings.map((dwelling) => (
                <Combobox.Option value={`dwelling:${dwelling.id}`} key={dwelling.id}>
                  <Text size="sm" fw={500}>
                    {dwelling.reference}
                  </Text>
                  <Text size="xs">
                    {t('dwellingLine', {
                      typology: t(`common:enums.Typology.${dwelling.typology}`),
                      address: dwelling.residence.address,
                      postalCode: dwelling.residence.postalCode,
                      commune: dwelling.residence.commune,
                    })}
                  </Text>
                </Combobox.Option>
              ))}
            </Combobox.Group>
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
      <VisuallyHidden aria-live="polite">
        {ready && !waiting && !error ? t('results', { count }) : ''}
      </VisuallyHidden>
    </Combobox>
  );
}
