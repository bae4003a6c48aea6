import { EmptyState, ErrorState, Loading, PageHeader } from "../../../components/ui/states";
import { useSessionUser } from "../../../lib/session";
import { useSetUserDisabled, useUsers } from "../api/queries";
import { InviteForm } from "./InviteForm";

const roleLabels = {
  director: "Director",
  planner: "Planner",
  vendor_manager: "Vendor manager",
  agent: "Agent",
} as const;

export function UsersPage() {
  const users = useUsers();
  const me = useSessionUser();
  const setDisabled = useSetUserDisabled();
  const canDisable = me.role === "director";
  const disable = (person: { id: string; displayName: string }) => {
    if (
      window.confirm(
        `Disable ${person.displayName}? They are signed out everywhere at once, and their API tokens and calendar feed stop working.`,
      )
    ) {
      setDisabled.mutate({ userId: person.id, isDisabled: true });
    }
  };
  return (
    <>
      <PageHeader title="People" subtitle="Who can sign in, and invitations for those who cannot yet." />
      <InviteForm />
      {users.isPending && <Loading label="Loading people…" />}
      {users.isError && <ErrorState error={users.error} onRetry={() => void users.refetch()} />}
      {users.data?.users.length === 0 && <EmptyState title="No accounts yet." />}
      {users.data && users.data.users.length > 0 && (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Partner</th>
                <th scope="col">Display zone</th>
                <th scope="col">Status</th>
                {canDisable && (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {users.data.users.map((person) => (
                <tr key={person.id}>
                  <td>{person.displayName}</td>
                  <td>{person.email}</td>
                  <td>{roleLabels[person.role]}</td>
                  <td>{person.vendor ?? "—"}</td>
                  <td>{person.displayTimeZone ?? "default"}</td>
                  <td>
                    {person.disabledAt ? (
                      <span className="badge badge--declined">disabled {person.disabledAt.slice(0, 10)}</span>
                    ) : person.hasPassword ? (
                      "active"
                    ) : (
                      "no password"
                    )}
                  </td>
                  {canDisable && (
                    <td>
                      {person.id !== me.id && !person.disabledAt && (
                        <button type="button" className="button button--small" onClick={() => disable(person)}>
                          Disable
                        </button>
                      )}
                      {person.disabledAt && (
                        <button
                          type="button"
                          className="button button--small"
                          onClick={() => setDisabled.mutate({ userId: person.id, isDisabled: false })}
                        >
                          Enable
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {setDisabled.isError && <ErrorState error={setDisabled.error} />}
    </>
  );
}
