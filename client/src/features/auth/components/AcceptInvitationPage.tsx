import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { useAcceptInvitation } from "../api/queries";

/** The invitation link carries its secret after `#`, so it never reaches server logs; the person sets a password here. */
export function AcceptInvitationPage() {
  const token = window.location.hash.slice(1);
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const accept = useAcceptInvitation();
  const navigate = useNavigate();
  const isMismatch = repeat.length > 0 && password !== repeat;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (isMismatch) return;
    accept.mutate({ token, password }, { onSuccess: () => void navigate("/", { replace: true }) });
  };
  return (
    <main className="auth-page" id="main">
      <form className="panel auth-card" onSubmit={submit} aria-labelledby="invite-title">
        <h1 id="invite-title">Create your Shiftcast account</h1>
        {!token && (
          <p className="notice notice--error" role="alert">
            This link has no invitation code. Ask for a new link.
          </p>
        )}
        <label className="block">
          Choose a password (12 characters or more, not a common one)
          <input
            type="password"
            autoComplete="new-password"
            minLength={12}
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        <label className="block">
          Repeat it
          <input
            type="password"
            autoComplete="new-password"
            required
            value={repeat}
            onChange={(event) => setRepeat(event.target.value)}
          />
        </label>
        {isMismatch && (
          <p className="notice notice--error" role="alert">
            The two passwords differ.
          </p>
        )}
        {accept.isError && (
          <p className="notice notice--error" role="alert">
            {accept.error.message}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={!token || accept.isPending}>
          Create account
        </button>
      </form>
    </main>
  );
}
