import { NavLink, Outlet } from "react-router";
import { navigation } from "./navigation";

export function Layout() {
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <NavLink to="/" className="brand" aria-label="Shiftcast home">
          <span className="brand__mark" aria-hidden="true">◷</span> Shiftcast
        </NavLink>
        <nav aria-label="Main">
          <ul className="nav">
            {navigation.map((item) => (
              <li key={item.path}>
                <NavLink to={item.path} className={({ isActive }) => (isActive ? "nav__link nav__link--active" : "nav__link")}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
