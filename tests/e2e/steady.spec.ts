// The map holds still under edits: the cards stay drawn in every frame and the viewport is
// the user's, through an edit of a note, a new claim, undo and redo.
import { expect, test, type Page } from "@playwright/test";
import { BUILT_IN, openMap } from "./helpers";

const details = (page: Page) => page.getByRole("complementary", { name: "Claim details" });
const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

/** Records, every animation frame, the viewport's transform and how many cards are drawn. */
async function startFrameLog(page: Page) {
  await page.evaluate(() => {
    const log: { transform: string; cards: number; status: string }[] = [];
    (window as unknown as { __frames: typeof log }).__frames = log;
    const tick = () => {
      const viewport = document.querySelector<HTMLElement>(".react-flow__viewport");
      log.push({
        transform: viewport?.style.transform ?? "",
        cards: [...document.querySelectorAll<HTMLElement>(".react-flow__node")].filter(
          (n) => getComputedStyle(n).visibility === "visible",
        ).length,
        status: document.querySelector(".map-canvas__status")?.textContent ?? "",
      });
      if ((window as unknown as { __stop?: boolean }).__stop !== true) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function stopFrameLog(page: Page) {
  return page.evaluate(() => {
    (window as unknown as { __stop: boolean }).__stop = true;
    return (
      window as unknown as { __frames: { transform: string; cards: number; status: string }[] }
    ).__frames;
  });
}

test("zoom in, edit a note, add a claim, undo, redo: every frame keeps the cards and the viewport", async ({
  page,
}) => {
  await openMap(page);
  await page.getByRole("button", { name: "Zoom In" }).click();
  await page.waitForTimeout(400);
  const transform = await page.locator(".react-flow__viewport").evaluate((e) => e.style.transform);
  await startFrameLog(page);

  await node(page, "ridiculous").click();
  await details(page).getByRole("button", { name: "Edit claim" }).click();
  await details(page).getByRole("textbox", { name: "Note" }).fill("A note, and nothing else.");
  await details(page).getByRole("button", { name: "Save" }).click();
  await expect(details(page).getByText("A note, and nothing else.")).toBeVisible();

  await page.getByRole("button", { name: "Add claim" }).click();
  await details(page).getByRole("textbox", { name: "Text" }).fill("A claim added while zoomed in.");
  await details(page).getByRole("button", { name: "Save" }).click();
  await expect(page.locator(".react-flow__node")).toHaveCount(BUILT_IN.claims.length + 1);

  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(page.locator(".react-flow__node")).toHaveCount(BUILT_IN.claims.length);
  await page.getByRole("button", { name: "Redo", exact: true }).click();
  await page.getByRole("button", { name: "Redo", exact: true }).click();
  await expect(page.locator(".react-flow__node")).toHaveCount(BUILT_IN.claims.length + 1);
  await page.waitForTimeout(500);

  const frames = await stopFrameLog(page);
  // Enough frames to mean something: the steps above take well over a second.
  expect(frames.length).toBeGreaterThan(20);
  expect(frames.filter((f) => f.transform !== transform)).toEqual([]);
  expect(frames.filter((f) => f.cards < BUILT_IN.claims.length)).toEqual([]);
  expect(frames.filter((f) => f.status.includes("Laying out"))).toEqual([]);
});

test("switching to the outline and back keeps the layout and the viewport", async ({ page }) => {
  await openMap(page);
  await page.getByRole("button", { name: "Zoom In" }).click();
  await page.waitForTimeout(400);
  const transform = await page.locator(".react-flow__viewport").evaluate((e) => e.style.transform);
  const before = await node(page, "ridiculous").evaluate((e) => e.style.transform);
  await page.getByRole("radio", { name: "Outline", exact: true }).click();
  await page.getByRole("radio", { name: "Map", exact: true }).click();
  await expect(node(page, "ridiculous")).toBeVisible();
  expect(await page.locator(".react-flow__viewport").evaluate((e) => e.style.transform)).toBe(
    transform,
  );
  expect(await node(page, "ridiculous").evaluate((e) => e.style.transform)).toBe(before);
});

/**
 * Counts, per claim, how often its card component rendered, through React's DevTools hook
 * (which React calls after every commit, production builds included). A component counts as
 * rendered in a commit when React did work on it there: its parent's children were
 * reconciled in that commit and it was mounted or flagged PerformedWork (1).
 */
const COUNT_RENDERS = `
  window.__cardRenders = new Map();
  const count = (fiber, visited) => {
    for (let child = fiber.child; child; child = child.sibling) {
      const id = child.child && child.child.memoizedProps && child.child.memoizedProps["data-claim-id"];
      if (visited && typeof id === "string" && typeof child.type !== "string" &&
          (child.alternate === null || (child.flags & 1) === 1))
        window.__cardRenders.set(id, (window.__cardRenders.get(id) || 0) + 1);
      const reconciled = visited && (child.alternate === null || child.child !== child.alternate.child);
      count(child, reconciled);
    }
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject() { return 1; },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      const current = root.current;
      const changed = current.alternate === null || current.child !== current.alternate.child;
      count(current, changed);
    },
    onPostCommitFiberRoot() {},
    onCommitFiberUnmount() {},
  };
`;

const renders = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries((window as unknown as { __cardRenders: Map<string, number> }).__cardRenders),
  );

test("editing one claim re-renders its card and its neighbours' only", async ({ page }) => {
  await page.addInitScript(COUNT_RENDERS);
  await openMap(page);
  await page.waitForTimeout(500);
  const start = await renders(page);
  // The counter sees the cards: every one rendered at least once on the way in.
  expect(Object.keys(start)).toHaveLength(BUILT_IN.claims.length);

  await node(page, "ridiculous").click();
  await details(page).getByRole("button", { name: "Edit claim" }).click();
  await details(page).getByRole("textbox", { name: "Note" }).fill("Only a note.");
  await page.evaluate(() =>
    (window as unknown as { __cardRenders: Map<string, number> }).__cardRenders.clear(),
  );
  await details(page).getByRole("button", { name: "Save" }).click();
  await expect(details(page).getByText("Only a note.")).toBeVisible();
  await page.waitForTimeout(300);
  const neighbours = new Set(
    BUILT_IN.links
      .filter((l) => l.from === "ridiculous" || l.to === "ridiculous")
      .flatMap((l) => [l.from, l.to]),
  );
  neighbours.add("ridiculous");
  const rendered = Object.keys(await renders(page));
  expect(rendered).toContain("ridiculous");
  expect(rendered.filter((id) => !neighbours.has(id))).toEqual([]);
});
