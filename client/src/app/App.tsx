import { Suspense } from "react";
import { createBrowserRouter, Navigate, RouterProvider } from "react-router";
import { EmptyState, Loading } from "../components/ui/states";
import { AcceptInvitationPage } from "../features/auth/components/AcceptInvitationPage";
import { Layout } from "./Layout";
import { navigation, type NavigationItem } from "./navigation";
import { Providers } from "./providers";
import { useSessionUser } from "../lib/session";
import { SessionGate } from "./session";

/** A page of the navigation, or a notice when the signed-in role does not have it (typed or bookmarked addresses). */
function RolePage({ item }: { item: NavigationItem }) {
  const user = useSessionUser();
  if (!item.roles.includes(user.role)) {
    return (
      <EmptyState title={`${item.label} is not part of your role.`}>
        Use the navigation above for your own pages.
      </EmptyState>
    );
  }
  return (
    <Suspense fallback={<Loading label={`Loading ${item.label}…`} />}>
      <item.page />
    </Suspense>
  );
}

/** Each person starts on the first page their role has. */
function Home() {
  const user = useSessionUser();
  const first = navigation.find((item) => item.roles.includes(user.role));
  return <Navigate to={first?.path ?? "/profile"} replace />;
}

const router = createBrowserRouter([
  { path: "/accept-invitation", element: <AcceptInvitationPage /> },
  {
    path: "/",
    element: (
      <SessionGate>
        <Layout />
      </SessionGate>
    ),
    children: [
      { index: true, element: <Home /> },
      ...navigation.map((item) => ({
        path: item.path.slice(1),
        element: <RolePage item={item} />,
      })),
      { path: "*", element: <EmptyState title="This page does not exist.">Use the navigation above.</EmptyState> },
    ],
  },
]);

export function App() {
  return (
    <Providers>
      <RouterProvider router={router} />
    </Providers>
  );
}
