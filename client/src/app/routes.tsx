import { lazy } from 'react';
import { Navigate, type RouteObject, useLocation } from 'react-router';
import { type Capability, landingPath } from '../auth/permissions';
import { RequireCapability } from '../auth/RequireCapability';
import { useSession } from '../auth/session';
import { OidcCallbackView, SignInView } from '../views/sign-in/SignInView';
import { Layout } from './Layout';

// Each view is its own chunk: the first page loads only the frame and the view it shows.
const views = {
  home: lazy(() => import('../views/home/HomeView')),
  awaiting: lazy(() => import('../views/awaiting/AwaitingCommissionView')),
  matchCheck: lazy(() => import('../views/awaiting/MatchCheckView')),
  commission: lazy(() => import('../views/commission/CommissionPreparationView')),
  dwellings: lazy(() => import('../views/dwellings/DwellingsView')),
  dwelling: lazy(() => import('../views/dwellings/DwellingView')),
  household: lazy(() => import('../views/household/HouseholdView')),
  myHouseholds: lazy(() => import('../views/my-households/MyHouseholdsView')),
  followUp: lazy(() => import('../views/follow-up/FollowUpView')),
  alerts: lazy(() => import('../views/alerts/AlertsView')),
  outreach: lazy(() => import('../views/outreach/OutreachView')),
  conventions: lazy(() => import('../views/conventions/ConventionsView')),
  convention: lazy(() => import('../views/conventions/ConventionView')),
  conventionReport: lazy(() => import('../views/conventions/ConventionReport')),
  directory: lazy(() => import('../views/people/DirectoryView')),
  registerHousehold: lazy(() => import('../views/household/forms/RegisterHouseholdView')),
};

function RequireSession() {
  const { session } = useSession();
  const location = useLocation();
  if (!session)
    return <Navigate to="/connexion" replace state={{ from: location.pathname + location.search }} />;
  return <Layout />;
}

function Home() {
  const { session } = useSession();
  const target = session ? landingPath(session.user.role) : '/connexion';
  if (target !== '/') return <Navigate to={target} replace />;
  const View = views.home;
  return (
    <RequireCapability capability="view.home">
      <View />
    </RequireCapability>
  );
}

const guarded = (capability: Capability, View: (typeof views)[keyof typeof views]) => (
  <RequireCapability capability={capability}>
    <View />
  </RequireCapability>
);

export const routes: RouteObject[] = [
  { path: '/connexion', element: <SignInView /> },
  { path: '/connexion/retour', element: <OidcCallbackView /> },
  {
    element: <RequireSession />,
    children: [
      { index: true, element: <Home /> },
      { path: 'commission/menages-en-attente', element: guarded('view.awaitingCommission', views.awaiting) },
      { path: 'commission/preparation', element: guarded('view.commissionPreparation', views.commission) },
      { path: 'logements', element: guarded('view.dwellings', views.dwellings) },
      { path: 'logements/:dwellingId', element: guarded('view.dwellings', views.dwelling) },
      { path: 'menages/nouveau', element: guarded('household.register', views.registerHousehold) },
      { path: 'menages/:householdId', element: guarded('view.household', views.household) },
      {
        path: 'menages/:householdId/pourquoi-pas/:dwellingId',
        element: guarded('view.awaitingCommission', views.matchCheck),
      },
      { path: 'mes-menages', element: guarded('view.myHouseholds', views.myHouseholds) },
      { path: 'accompagnements/suivi', element: guarded('view.followUp', views.followUp) },
      { path: 'alertes', element: guarded('view.alerts', views.alerts) },
      { path: 'aller-vers', element: guarded('view.outreach', views.outreach) },
      { path: 'conventions', element: guarded('view.conventions', views.conventions) },
      { path: 'conventions/:conventionId', element: guarded('view.conventions', views.convention) },
      {
        path: 'conventions/:conventionId/rapport/:year',
        element: guarded('indicators.read', views.conventionReport),
      },
      { path: 'annuaire', element: guarded('view.directory', views.directory) },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
];
