import { existsSync } from "node:fs";
import { chromium, request, type APIRequestContext, type Browser, type Page } from "playwright-core";
import { demoPassword } from "../../api/services/demo-seed";

export const chromiumPath = "/usr/bin/chromium";
export const artifacts = "test-artifacts";
export const hasBrowser = existsSync(chromiumPath) && existsSync("client/dist/index.html");

/** Debian's chromium with the flags this closed network needs; playwright gives each launch a fresh profile. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
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
  call: <T>(method: "GET" | "POST" | "PATCH", path: string, body?: unknown) => Promise<T>;
  dispose: () => Promise<void>;
}

/** A signed-in API session (cookie and CSRF token) for arranging data the test is not about. */
export async function apiSessionAs(baseUrl: string, email: string): Promise<ApiSession> {
  const context: APIRequestContext = await request.newContext({ baseURL: baseUrl });
  const login = await context.post("/api/auth/login", { data: { email, password: demoPassword } });
  if (!login.ok()) throw new Error(`sign-in as ${email} failed: ${login.status()} ${await login.text()}`);
  const { user, csrfToken } = (await login.json()) as { user: ApiSession["user"]; csrfToken: string };
  const call = async <T>(method: "GET" | "POST" | "PATCH", path: string, body?: unknown): Promise<T> => {
    const response = await context.fetch(path, { method, data: body, headers: method === "GET" ? {} : { "X-CSRF-Token": csrfToken } });
    if (!response.ok()) throw new Error(`${method} ${path} answered ${response.status()}: ${await response.text()}`);
    return (await response.json()) as T;
  };
  return { user, call, dispose: () => context.dispose() };
}
