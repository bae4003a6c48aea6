import { NavLink, Outlet } from "react-router";
import { navigation } from "./navigation";
import { useSessionUser } from "../lib/session";
import { useLogout } from "./session";

const roleLabels = {
  director: "Director",
  planner: "Planner",
  vendor_manager: "Vendor manager",
  agent: "Agent",
} as const;

export function Layout() {
  const user = useSessionUser();
  const signOut = useLogout();
  const items = navigation.filter((item) => item.roles.includes(user.role));
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <NavLink to="/" className="brand" aria-label="Shiftcast home">
          <span className="brand__mark" aria-hidden="true">
            ◷
          </span>{" "}
          Shiftcast
        </NavLink>
        <nav aria-label="Main">
          <ul className="nav">
            {items.map((item) => (
              <li key={item.path}>
                <NavLink
                  to={item.path}
                  className={({ isActive }) => (isActive ? "nav__link nav__link--active" : "nav__link")}
                >
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="topbar__user">
          <span>
            {user.displayName}{" "}
            <span className="topbar__role">
              {roleLabels[user.role]}
              {user.vendor ? ` · ${user.vendor}` : ""}
            </span>
          </span>
          <button type="button" className="button button--ghost" onClick={() => signOut.mutate()}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
