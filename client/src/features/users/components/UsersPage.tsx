import { EmptyState, ErrorState, Loading, PageHeader } from "../../../components/ui/states";
import { useUsers } from "../api/queries";
import { InviteForm } from "./InviteForm";

const roleLabels = { director: "Director", planner: "Planner", vendor_manager: "Vendor manager", agent: "Agent" } as const;

export function UsersPage() {
  const users = useUsers();
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
            <thead><tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Role</th><th scope="col">Partner</th><th scope="col">Display zone</th></tr></thead>
            <tbody>
              {users.data.users.map((person) => (
                <tr key={person.id}>
                  <td>{person.displayName}</td>
                  <td>{person.email}</td>
                  <td>{roleLabels[person.role]}</td>
                  <td>{person.vendor ?? "—"}</td>
                  <td>{person.displayTimeZone ?? "default"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
