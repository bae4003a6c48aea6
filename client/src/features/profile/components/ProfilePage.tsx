import { useState, type FormEvent } from "react";
import { ErrorState, PageHeader } from "../../../components/ui/states";
import { ZonePicker } from "../../../components/ui/ZonePicker";
import {
  useApiTokens,
  useChangePassword,
  useCreateApiToken,
  useRevokeApiToken,
  useUpdateDisplayZone,
} from "../api/queries";
import { defaultTokenDays, type SessionUserDto } from "../../../../../api/contracts/auth";
import { useSessionUser } from "../../../lib/session";
import { NotificationChannels } from "./NotificationChannels";

function DisplayZone({ user }: { user: SessionUserDto }) {
  const update = useUpdateDisplayZone();
  return (
    <section className="panel" aria-labelledby="zone-title">
      <h2 id="zone-title">Time zone</h2>
      <p className="muted">
        Times are shown in <strong>{user.effectiveTimeZone}</strong>. Your work zone, which availability and rest rules
        use, is set by your planner.
      </p>
      <ZonePicker
        label="Show times in"
        value={user.displayTimeZone}
        allowDefault="My default zone"
        onChange={(zone) => update.mutate(zone)}
      />
      {update.isError && <ErrorState error={update.error} />}
    </section>
  );
}

function ApiTokens() {
  const tokens = useApiTokens();
  const create = useCreateApiToken();
  const revoke = useRevokeApiToken();
  const [name, setName] = useState("");
  const [expiresInDays, setExpiresInDays] = useState(defaultTokenDays);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) create.mutate({ name: name.trim(), expiresInDays }, { onSuccess: () => setName("") });
  };
  const utcMinute = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;
  return (
    <section className="panel" aria-labelledby="tokens-title">
      <h2 id="tokens-title">Personal API tokens</h2>
      <p className="muted">
        For integrations: send <code>Authorization: Bearer &lt;token&gt;</code>. A token acts with your role; it is
        shown once.
      </p>
      <form className="row" onSubmit={submit}>
        <label>
          Name{" "}
          <input
            value={name}
            onChange={(event) => setName(event.target.value)}
            maxLength={100}
            placeholder="e.g. BI export"
          />
        </label>
        <label>
          Expires after{" "}
          <select value={expiresInDays} onChange={(event) => setExpiresInDays(Number(event.target.value))}>
            {[7, 30, 90, 180, 365].map((days) => (
              <option key={days} value={days}>
                {days} days
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button" disabled={create.isPending}>
          Create token
        </button>
      </form>
      {create.data && (
        <p className="notice notice--ok" role="status">
          New token <strong>{create.data.name}</strong>: <code>{create.data.token}</code> — copy it now, it will not be
          shown again. It expires {utcMinute(create.data.expiresAt)}.
        </p>
      )}
      {tokens.isError && <ErrorState error={tokens.error} />}
      {tokens.data && tokens.data.tokens.length > 0 && (
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Expires</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.data.tokens.map((token) => (
              <tr key={token.id}>
                <td>{token.name}</td>
                <td>{utcMinute(new Date(token.createdAt).toISOString())}</td>
                <td>{token.lastUsedAt ? utcMinute(token.lastUsedAt) : "never"}</td>
                <td>
                  {Date.parse(token.expiresAt) <= Date.now() ? (
                    <span className="badge badge--declined">expired</span>
                  ) : (
                    utcMinute(token.expiresAt)
                  )}
                </td>
                <td>
                  <button type="button" className="button button--small" onClick={() => revoke.mutate(token.id)}>
                    Revoke
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function ChangePassword() {
  const change = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword("");
          setNewPassword("");
        },
      },
    );
  };
  return (
    <section className="panel" aria-labelledby="password-title">
      <h2 id="password-title">Password</h2>
      <form className="row" onSubmit={submit}>
        <label>
          Current password{" "}
          <input
            type="password"
            autoComplete="current-password"
            required
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.target.value)}
          />
        </label>
        <label>
          New password (12 characters or more, not a common one){" "}
          <input
            type="password"
            autoComplete="new-password"
            minLength={12}
            required
            value={newPassword}
            onChange={(event) => setNewPassword(event.target.value)}
          />
        </label>
        <button type="submit" className="button" disabled={change.isPending}>
          Change password
        </button>
      </form>
      {change.data && (
        <p className="notice notice--ok" role="status">
          Password changed. {change.data.signedOutSessions} other session
          {change.data.signedOutSessions === 1 ? " was" : "s were"} signed out.
        </p>
      )}
      {change.isError && <ErrorState error={change.error} />}
    </section>
  );
}

export function ProfilePage() {
  const user = useSessionUser();
  return (
    <>
      <PageHeader title="Profile" subtitle={`${user.displayName} · ${user.email} · ${user.organisationName}`} />
      <DisplayZone user={user} />
      {user.agentId && <NotificationChannels />}
      <ChangePassword />
      <ApiTokens />
    </>
  );
}
