/**
 * A dependency-cruiser reporter (`--output-type plugin:…`) printing one line per violation: its
 * severity, rule, the import or loop that breaks it, and the rule's reason; then one summary line.
 * The exit code is the number of errors, as with dependency-cruiser's own `err` reporter.
 * @param {import("dependency-cruiser").ICruiseResult} result
 * @returns {import("dependency-cruiser").IReporterOutput}
 */
export default function oneLinePerViolation(result) {
  const { violations, error, warn, totalCruised, ruleSetUsed } = result.summary;
  const reasonOf = new Map((ruleSetUsed?.forbidden ?? []).map((rule) => [rule.name, rule.comment]));
  const pathOf = (violation) =>
    (violation.cycle
      ? [violation.from, ...violation.cycle.map((step) => step.name)]
      : [violation.from, violation.to]
    ).join(" → ");
  const lines = violations.map(
    (violation) =>
      `${violation.rule.severity} ${violation.rule.name}: ${pathOf(violation)} (${reasonOf.get(violation.rule.name) ?? "no reason given"})`,
  );
  lines.push(
    `${violations.length} import-graph violation(s): ${error} error(s), ${warn} warning(s), in ${totalCruised} modules`,
  );
  return { output: `${lines.join("\n")}\n`, exitCode: error };
}
