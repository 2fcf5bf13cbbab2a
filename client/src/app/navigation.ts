import {
  IconAddressBook,
  IconAlertTriangle,
  IconBuildingCommunity,
  IconClipboardList,
  IconGavel,
  IconHome,
  IconListCheck,
  IconReportMoney,
  IconUserPlus,
  IconUsersGroup,
  IconWalk,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { Capability } from '../auth/permissions';

export interface MenuEntry {
  /** Key in common:nav. */
  key: string;
  path: string;
  capability: Capability;
  icon: ComponentType<{ size?: number; 'aria-hidden'?: boolean }>;
}

/** The main menu, in order; an entry shows only to roles holding its capability. */
export const MENU: MenuEntry[] = [
  { key: 'home', path: '/', capability: 'view.home', icon: IconHome },
  { key: 'myHouseholds', path: '/mes-menages', capability: 'view.myHouseholds', icon: IconListCheck },
  {
    key: 'awaitingCommission',
    path: '/commission/menages-en-attente',
    capability: 'view.awaitingCommission',
    icon: IconUsersGroup,
  },
  {
    key: 'commissionPreparation',
    path: '/commission/preparation',
    capability: 'view.commissionPreparation',
    icon: IconGavel,
  },
  { key: 'dwellings', path: '/logements', capability: 'view.dwellings', icon: IconBuildingCommunity },
  { key: 'followUp', path: '/accompagnements/suivi', capability: 'view.followUp', icon: IconClipboardList },
  { key: 'alerts', path: '/alertes', capability: 'view.alerts', icon: IconAlertTriangle },
  { key: 'outreach', path: '/aller-vers', capability: 'view.outreach', icon: IconWalk },
  { key: 'conventions', path: '/conventions', capability: 'view.conventions', icon: IconReportMoney },
  { key: 'directory', path: '/annuaire', capability: 'view.directory', icon: IconAddressBook },
  { key: 'newHousehold', path: '/menages/nouveau', capability: 'household.register', icon: IconUserPlus },
];

/** Paths of pages reached from the views (not in the menu). */
export const paths = {
  household: (id: string, tab?: string) => `/menages/${id}${tab ? `?onglet=${tab}` : ''}`,
  matchCheck: (householdId: string, dwellingId: string) =>
    `/menages/${householdId}/pourquoi-pas/${dwellingId}`,
  dwelling: (id: string) => `/logements/${id}`,
  convention: (id: string) => `/conventions/${id}`,
};
