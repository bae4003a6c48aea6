import { useId, useState } from "react";

/** A read-only value with a Copy button (for secrets shown once, such as a calendar feed URL). */
export function CopyField({ label, value }: { label: string; value: string }) {
  const id = useId();
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopyState("copied");
    } catch {
      setCopyState("failed");
    }
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-field__row">
        <input id={id} readOnly value={value} onFocus={(event) => event.target.select()} />
        <button type="button" className="button" onClick={() => void copy()}>
          Copy
        </button>
      </div>
      <span role="status" aria-live="polite" className="small muted">
        {copyState === "copied"
          ? "Copied to the clipboard."
          : copyState === "failed"
            ? "Could not copy: select the text and copy it yourself."
            : ""}
      </span>
    </div>
  );
}
