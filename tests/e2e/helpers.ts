import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const BUILT_IN = JSON.parse(readFileSync("data/south-korea-us-alliance.json", "utf8")) as {
  title: string;
  speakers: { id: string; name: string }[];
  claims: { id: string; text: string; speaker?: string; quote?: { text: string } }[];
  links: { from: string; to: string; type: "support" | "dispute" }[];
};

export const FIXTURE_PATH = "tests/fixtures/school-week.json";
export const FIXTURE = JSON.parse(readFileSync(FIXTURE_PATH, "utf8")) as typeof BUILT_IN;

/** Console errors and uncaught exceptions seen by a page, to assert there are none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/** Serves files under /fixtures/ from tests/fixtures, as if they were on the web. */
export async function serveFixtures(page: Page): Promise<void> {
  await page.route(
    (url) => url.pathname.startsWith("/fixtures/"),
    async (route) => {
      const name = new URL(route.request().url()).pathname.split("/fixtures/")[1] ?? "";
      try {
        await route.fulfill({
          body: readFileSync(`tests/fixtures/${name}`),
          contentType: "application/json",
        });
      } catch {
        await route.fulfill({ status: 404, body: "not found" });
      }
    },
  );
}

/** Opens the app (on a fixture map if named) and waits until every claim is drawn. */
export async function openMap(
  page: Page,
  fixture?: string,
  url?: string,
  drawn?: number,
): Promise<void> {
  await serveFixtures(page);
  await page.goto(url ?? (fixture ? `/?map=/fixtures/${fixture}` : "/"));
  const expected = fixture
    ? (JSON.parse(readFileSync(`tests/fixtures/${fixture}`, "utf8")) as typeof BUILT_IN)
    : BUILT_IN;
  await expect(page.locator(".react-flow__node")).toHaveCount(drawn ?? expected.claims.length);
  // Visible means measured and laid out.
  await expect(page.locator(".react-flow__node").last()).toBeVisible();
  await page.waitForFunction(() => document.querySelectorAll(".react-flow__edge-path").length > 0);
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Node boxes in flow coordinates (independent of zoom), read from React Flow's transforms. */
export async function nodeBoxes(page: Page): Promise<(Rect & { id: string })[]> {
  return page.locator(".react-flow__node").evaluateAll((elements) =>
    elements.map((el) => {
      const element = el as HTMLElement;
      const match = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec(element.style.transform);
      return {
        id: element.dataset.id ?? "",
        x: Number(match?.[1] ?? NaN),
        y: Number(match?.[2] ?? NaN),
        width: element.offsetWidth,
        height: element.offsetHeight,
      };
    }),
  );
}

/** What an axe scan of the page finds that is serious or critical, one line per rule. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")}`,
    );
}

/**
 * Everything an axe scan of the page finds, of any impact, one line per rule and element.
 * Label in Name (2.5.3), an experimental rule off by default, is on.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
    .analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact ?? "?"}): ${n.target.join(" ")}: ${n.failureSummary?.split("\n")[1]?.trim() ?? v.help}`,
    ),
  );
}

/** Opens a map (or a file of another format) by pasting its text in the Open dialog. */
export async function pasteMap(page: Page, text: string): Promise<void> {
  await page.getByRole("button", { name: "Open…" }).click();
  await page.getByRole("textbox", { name: "Or paste a map" }).fill(text);
  await page.getByRole("button", { name: "Open pasted map" }).click();
}

/** Fails every IndexedDB write, as a full disk would, from the moment the page sets `__failPuts`. */
export async function failSaves(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
      if ((window as unknown as { __failPuts?: boolean }).__failPuts)
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return put.apply(this, args);
    } as typeof put;
  });
}
