import { describe, expect, it } from "vitest";
import { createPublishedViews } from "../../api/infrastructure/cache/published-views";

/** A clock the test moves by hand, and a loader whose answers the test releases one at a time. */
function setUp() {
  let time = 0;
  const views = createPublishedViews(() => time, 5_000);
  const releases: Array<(view: { version: number }) => void> = [];
  let loads = 0;
  const loader = () => {
    loads += 1;
    return new Promise<{ version: number }>((resolve) => releases.push(resolve));
  };
  const settle = () => new Promise((resume) => setImmediate(resume));
  return {
    views,
    loader,
    releases,
    loadCount: () => loads,
    advance: (milliseconds: number) => (time += milliseconds),
    settle,
  };
}

describe("published views", () => {
  it("shares one load between readers who miss at the same time", async () => {
    const { views, loader, releases, loadCount } = setUp();
    const [first, second] = [views.remember("week", loader), views.remember("week", loader)];
    releases[0]!({ version: 1 });
    expect(await first).toBe(await second);
    expect(loadCount()).toBe(1);
  });

  it("answers a view that just expired at once while its replacement loads, then the replacement", async () => {
    const { views, loader, releases, loadCount, advance, settle } = setUp();
    const loading = views.remember("week", loader);
    releases[0]!({ version: 1 });
    await loading;
    await settle();
    advance(6_000);
    expect(await views.remember("week", loader)).toEqual({ version: 1 });
    expect(await views.remember("week", loader)).toEqual({ version: 1 });
    expect(loadCount()).toBe(2);
    releases[1]!({ version: 2 });
    await settle();
    expect(await views.remember("week", loader)).toEqual({ version: 2 });
  });

  it("makes readers wait for a fresh load once a view is older than two windows", async () => {
    const { views, loader, releases, advance, settle } = setUp();
    const loading = views.remember("week", loader);
    releases[0]!({ version: 1 });
    await loading;
    await settle();
    advance(10_001);
    const fresh = views.remember("week", loader);
    releases[1]!({ version: 2 });
    expect(await fresh).toEqual({ version: 2 });
  });

  it("never keeps a view loaded before a clear, and never remembers a failed load", async () => {
    const { views, loader, releases, loadCount, advance, settle } = setUp();
    const loading = views.remember("week", loader);
    releases[0]!({ version: 1 });
    await loading;
    await settle();
    advance(6_000);
    await views.remember("week", loader);
    views.clear();
    releases[1]!({ version: 1 });
    await settle();
    const afterClear = views.remember("week", loader);
    expect(loadCount()).toBe(3);
    releases[2]!({ version: 2 });
    expect(await afterClear).toEqual({ version: 2 });

    await expect(views.remember("gone", () => Promise.reject(new Error("not found")))).rejects.toThrow("not found");
    await settle();
    expect(await views.remember("gone", async () => ({ version: 3 }))).toEqual({ version: 3 });
  });
});
