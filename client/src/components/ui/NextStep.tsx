import { Link } from "react-router";

/** A page's next step in the planning journey (history → forecast → requirements → roster → publish), as a plain link. */
export function NextStep({ to, label, hint }: { to: string; label: string; hint?: string }) {
  return (
    <nav className="next-step" aria-label="Next step">
      <Link className="button button--primary next-step__link" to={to}>
        {label} →
      </Link>
      {hint && <span className="muted small">{hint}</span>}
    </nav>
  );
}
