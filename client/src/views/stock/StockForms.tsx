import { Button, Card, Group, Modal, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../auth/permissions';
import { useUser } from '../../auth/session';
import { CreateDwellingForm } from './CreateDwellingForm';
import { CreateResidenceForm } from './CreateResidenceForm';

/** Rental management adds to the stock from the dwellings list: a residence, a dwelling. */
export function StockForms() {
  const { t } = useTranslation('housingForms');
  const { role } = useUser();
  const [open, setOpen] = useState<'residence' | 'dwelling' | null>(null);
  const [created, setCreated] = useState<{ id: string; name: string; commune: string } | undefined>();
  if (!can(role, 'stock.manage')) return null;
  return (
    <Card withBorder component="section" aria-labelledby="stock-forms-title" data-testid="stock-forms">
      <Group justify="space-between" align="center">
        <div>
          <Title order={2} size="h4" id="stock-forms-title">
            {t('stock.title')}
          </Title>
          <Text size="sm">{t('stock.intro')}</Text>
        </div>
        <Group gap="sm">
          <Button variant="outline" onClick={() => setOpen('residence')} data-testid="create-residence-open">
            {t('stock.residence.open')}
          </Button>
          <Button onClick={() => setOpen('dwelling')} data-testid="create-dwelling-open">
            {t('stock.dwelling.open')}
          </Button>
        </Group>
      </Group>
      <Modal
        opened={open === 'residence'}
        onClose={() => setOpen(null)}
        title={t('stock.residence.title')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common:state.close') }}
      >
        <CreateResidenceForm
          onCreated={(residence) => {
            setCreated(residence);
            setOpen('dwelling');
          }}
        />
      </Modal>
      <Modal
        opened={open === 'dwelling'}
        onClose={() => setOpen(null)}
        title={t('stock.dwelling.title')}
        size="xl"
        closeButtonProps={{ 'aria-label': t('common:state.close') }}
      >
        <CreateDwellingForm key={created?.id} created={created} />
      </Modal>
    </Card>
  );
}
