import { createBrowserRouter, Navigate, RouterProvider } from "react-router";
import { EmptyState } from "../components/ui/states";
import { Layout } from "./Layout";
import { navigation } from "./navigation";
import { Providers } from "./providers";

const router = createBrowserRouter([
  {
    path: "/",
    element: <Layout />,
    children: [
      { index: true, element: <Navigate to={navigation[0]!.path} replace /> },
      ...navigation.map((item) => ({ path: item.path.slice(1), element: <item.page /> })),
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
