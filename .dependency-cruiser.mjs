/**
 * The import graph's rules, checked by `npm run deps` (dependency-cruiser) over api/, client/src/
 * and scripts/ on resolved paths, type-only imports included: ESLint's no-restricted-imports sees
 * import strings file by file, this sees the whole graph, loops included.
 * @type {import("dependency-cruiser").IConfiguration}
 */
export default {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment:
        "A file loop means neither file can be read, tested or moved without the other; cut it by moving the shared piece into a file both import.",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-http-from-inner-layers",
      severity: "error",
      comment:
        "Only api/http speaks HTTP: services throw application errors (api/errors) and the status is decided once, in api/http/status-of-error.ts.",
      from: { path: "^api/(services|domain|presenters|codecs|infrastructure|persistence|solvers|jobs|cli)/" },
      to: { path: "^api/http/" },
    },
    {
      name: "domain-imports-only-domain",
      severity: "error",
      comment:
        "api/domain is pure: it imports only api/domain (and luxon), so its rules run and are tested without a database, a clock or a server.",
      from: { path: "^api/domain/" },
      to: { pathNot: ["^api/domain/", "(^|/)node_modules/(@types/)?luxon/"] },
    },
    {
      name: "client-imports-only-contracts",
      severity: "error",
      comment:
        "The client shares only the zod schemas of api/contracts with the server; everything else under api/ runs on the server.",
      from: { path: "^client/src/" },
      to: { path: "^api/", pathNot: "^api/contracts/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".mjs", ".js", ".json"] },
  },
};
