import { useState, type FormEvent } from "react";
import { ApiError } from "../../../lib/api-client";
import { useLogin } from "../api/queries";

const messageOf = (error: unknown) =>
  error instanceof ApiError && error.code === "invalid_credentials"
    ? "That email and password do not match an account."
    : error instanceof Error
      ? error.message
      : "Sign-in failed.";

/** Email and password sign-in; the session lives in an httpOnly cookie. */
export function LoginPage() {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const signIn = useLogin();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email, password });
  };
  return (
    <main className="auth-page" id="main">
      <form className="panel auth-card" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">
          <span aria-hidden="true">◷</span> Shiftcast
        </h1>
        <p className="muted">Sign in to plan, or to see your shifts.</p>
        <label className="block">
          Email
          <input
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </label>
        <label className="block">
          Password
          <input
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        {signIn.isError && (
          <p className="notice notice--error" role="alert">
            {messageOf(signIn.error)}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={signIn.isPending}>
          {signIn.isPending ? "Signing in…" : "Sign in"}
        </button>
      </form>
    </main>
  );
}
