#!/usr/bin/env node
import process from "node:process";
import { build, isServerBuildFresh } from "./build-steps.mjs";

/**
 * The `shiftcast` command (package.json `bin`, `npm run cli`): compiles the server first if a source
 * changed since the last build, then runs the compiled CLI (dist/cli.js) with source maps, so stack
 * traces name the .ts lines.
 */
process.setSourceMapsEnabled(true);
if (!isServerBuildFresh()) await build({ onlyIfStale: true, withClient: false });
await import("../dist/cli.js");
