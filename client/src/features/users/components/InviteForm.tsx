import { useState, type FormEvent } from "react";
import { CopyField } from "../../../components/ui/CopyField";
import { ErrorState } from "../../../components/ui/states";
import { useSessionUser } from "../../../lib/session";
import { useInvitableAgents, useInvite } from "../api/queries";

type InvitedRole = "director" | "planner" | "vendor_manager" | "agent";

/**
 * Invite a person: pick an agent record (their email and name fill in) or a staff role. The answer is a
 * link to pass on however you like: no mail server is needed.
 */
export function InviteForm() {
  const user = useSessionUser();
  const isVendorManager = user.role === "vendor_manager";
  const agents = useInvitableAgents();
  const invite = useInvite();
  const [role, setRole] = useState<InvitedRole>("agent");
  const [agentId, setAgentId] = useState("");
  const [email, setEmail] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [vendor, setVendor] = useState(user.vendor ?? "");
  const chosenAgent = agents.data?.agents.find((agent) => agent.id === agentId);

  const pickAgent = (id: string) => {
    setAgentId(id);
    const agent = agents.data?.agents.find((candidate) => candidate.id === id);
    if (agent) {
      setEmail(agent.email);
      setDisplayName(agent.name);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate({
      email,
      displayName,
      role,
      vendor: role === "agent" ? (chosenAgent?.vendor ?? null) : role === "vendor_manager" ? vendor || null : null,
      agentId: role === "agent" ? agentId || null : null,
    });
  };

  return (
    <form className="panel" onSubmit={submit} aria-labelledby="invite-title">
      <h2 id="invite-title">Invite someone</h2>
      <div className="form-grid">
        <label>
          Role
          <select
            value={role}
            onChange={(event) => setRole(event.target.value as InvitedRole)}
            disabled={isVendorManager}
          >
            <option value="agent">Agent</option>
            {!isVendorManager && <option value="vendor_manager">Vendor manager</option>}
            {!isVendorManager && <option value="planner">Planner</option>}
            {!isVendorManager && <option value="director">Director</option>}
          </select>
        </label>
        {role === "agent" && (
          <label>
            Agent
            <select required value={agentId} onChange={(event) => pickAgent(event.target.value)}>
              <option value="">Choose an agent…</option>
              {agents.data?.agents.map((agent) => (
                <option key={agent.id} value={agent.id}>
                  {agent.name} · {agent.team}
                </option>
              ))}
            </select>
          </label>
        )}
        {role === "vendor_manager" && (
          <label>
            Partner
            <input
              required
              value={vendor}
              onChange={(event) => setVendor(event.target.value)}
              placeholder="e.g. Horizon BPO"
            />
          </label>
        )}
        <label>
          Email
          <input type="email" required value={email} onChange={(event) => setEmail(event.target.value)} />
        </label>
        <label>
          Name
          <input required value={displayName} onChange={(event) => setDisplayName(event.target.value)} />
        </label>
      </div>
      {invite.isError && <ErrorState error={invite.error} />}
      <button type="submit" className="button button--primary" disabled={invite.isPending}>
        Create invitation link
      </button>
      {invite.data && (
        <div className="notice notice--ok" role="status">
          <p>
            Invitation for {invite.data.email} ({invite.data.role.replace("_", " ")}), valid until{" "}
            {invite.data.expiresAt.slice(0, 10)}. Send them this link:
          </p>
          <CopyField label="Invitation link" value={`${window.location.origin}${invite.data.invitePath}`} />
        </div>
      )}
    </form>
  );
}
