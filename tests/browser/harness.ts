import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, request, type APIRequestContext, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { demoPassword } from "../../api/services/demo-seed";
import { startServerProcess, type ServerProcess } from "../support/server-process";

export const chromiumPath = "/usr/bin/chromium";
export const artifacts = "test-artifacts";
export const hasBrowser = existsSync(chromiumPath) && existsSync("client/dist/index.html");

/** Debian's chromium with the flags this closed network needs; playwright gives each launch a fresh profile. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Signs in through the login form, as a person would. */
export async function signIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(demoPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor();
}

export interface ApiSession {
  user: { agentId: string | null; effectiveTimeZone: string };
  call: <T>(
    method: "GET" | "POST" | "PATCH",
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<T>;
  dispose: () => Promise<void>;
}

/** A signed-in API session (cookie and CSRF token) for arranging data the test is not about. */
export async function apiSessionAs(baseUrl: string, email: string): Promise<ApiSession> {
  const context: APIRequestContext = await request.newContext({ baseURL: baseUrl });
  const login = await context.post("/api/auth/login", { data: { email, password: demoPassword } });
  if (!login.ok()) throw new Error(`sign-in as ${email} failed: ${login.status()} ${await login.text()}`);
  const { user, csrfToken } = (await login.json()) as { user: ApiSession["user"]; csrfToken: string };
  const call = async <T>(
    method: "GET" | "POST" | "PATCH",
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<T> => {
    const response = await context.fetch(path, {
      method,
      data: body,
      headers: method === "GET" ? headers : { "X-CSRF-Token": csrfToken, ...headers },
    });
    if (!response.ok()) throw new Error(`${method} ${path} answered ${response.status()}: ${await response.text()}`);
    return (await response.json()) as T;
  };
  return { user, call, dispose: () => context.dispose() };
}

export interface DemoApp {
  browser: Browser;
  baseUrl: string;
  server: ServerProcess;
}

/**
 * For one test file: `npm start`'s server on freshly seeded demo data in a throwaway directory, and
 * Chromium; both stopped after the file. Read it inside tests (or hooks registered after this call).
 */
export function useDemoAppInChromium(directoryPrefix: string): () => DemoApp {
  let dataDirectory: string | undefined;
  let app: DemoApp | undefined;
  beforeAll(async () => {
    dataDirectory = await mkdtemp(join(tmpdir(), directoryPrefix));
    await chmod(dataDirectory, 0o755);
    await mkdir(artifacts, { recursive: true });
    // One HTTP process per test server: the browser files run four servers side by side on two
    // cores, and the cluster's relay is covered by tests/process/lifecycle.test.ts.
    const server = await startServerProcess(dataDirectory, {
      seedDemo: true,
      environment: { SHIFTCAST_HTTP_WORKERS: "1" },
    });
    app = { server, baseUrl: `http://127.0.0.1:${server.port}`, browser: await launchChromium() };
  });
  afterAll(async () => {
    await app?.browser.close();
    app?.server.child.kill("SIGTERM");
    await app?.server.exited;
    if (dataDirectory) await rm(dataDirectory, { recursive: true, force: true });
  });
  return () => {
    if (!app) throw new Error("the demo app is read before it started");
    return app;
  };
}
