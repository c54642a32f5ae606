import { expect, test, type Page } from "@playwright/test";
import { BUILT_IN, nodeBoxes, openMap, seriousAxeViolations } from "./helpers";

const speakerBox = (page: Page, name: string) =>
  page
    .getByRole("navigation", { name: "Explore" })
    .getByRole("checkbox", { name: name, exact: true });
const visibleNodeIds = (page: Page) =>
  page
    .locator(".react-flow__node")
    .evaluateAll((els) =>
      els
        .filter(
          (e) =>
            getComputedStyle(e).visibility !== "hidden" && (e as HTMLElement).offsetParent !== null,
        )
        .map((e) => e.getAttribute("data-id")),
    );
const status = (page: Page) => page.locator(".status").getByRole("status");

test("hide mode, every speaker but Don Oberdorfer unticked: exactly his claims, and no edge to a hidden claim", async ({
  page,
}) => {
  await openMap(page);
  for (const speaker of BUILT_IN.speakers) {
    if (speaker.name !== "Don Oberdorfer") await speakerBox(page, speaker.name).uncheck();
  }
  await speakerBox(page, "Article's framing").uncheck();
  await page.getByRole("radio", { name: "hide" }).check();
  const his = BUILT_IN.claims.filter((c) => c.speaker === "oberdorfer").map((c) => c.id);
  await expect.poll(async () => (await visibleNodeIds(page)).sort()).toEqual([...his].sort());
  await expect(page.locator(".react-flow__node:not([style*='visibility: hidden'])")).toHaveCount(
    his.length,
  );
  const edgeEnds = await page
    .locator(".react-flow__edge")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-id")));
  const hisLinks = BUILT_IN.links.filter((l) => his.includes(l.from) && his.includes(l.to));
  expect(edgeEnds).toHaveLength(hisLinks.length);
  await expect(status(page)).toHaveText(
    `Showing ${his.length} of ${BUILT_IN.claims.length} claims · 1 speaker`,
  );
});

test("dim mode keeps every claim in place; filters combine; reset restores", async ({ page }) => {
  await openMap(page);
  const before = await nodeBoxes(page);
  await page.getByRole("button", { name: "Only Moon Hee-sang" }).click({ force: true });
  await page
    .getByRole("navigation", { name: "Explore" })
    .getByRole("checkbox", { name: "disputes" })
    .uncheck();
  await expect(status(page)).toHaveText(
    `Showing 3 of ${BUILT_IN.claims.length} claims · 1 speaker`,
  );
  const after = await nodeBoxes(page);
  expect(after.map((b) => [b.id, b.x, b.y])).toEqual(before.map((b) => [b.id, b.x, b.y]));
  expect(await page.locator(".react-flow__node.is-dimmed").count()).toBe(
    BUILT_IN.claims.length - 3,
  );
  await expect(page.locator(".react-flow__edge")).toHaveCount(
    BUILT_IN.links.filter((l) => l.type === "support").length,
  );
  await page.getByRole("button", { name: "Reset view" }).click();
  await expect(status(page)).toHaveText(
    `Showing ${BUILT_IN.claims.length} of ${BUILT_IN.claims.length} claims · 15 speakers`,
  );
  await expect(page.locator(".react-flow__edge")).toHaveCount(BUILT_IN.links.length);
});

test("the lens matrix numbers match the links in the data, and a cell shows its links", async ({
  page,
}) => {
  await openMap(page);
  await page.getByRole("button", { name: "Lens on Don Oberdorfer" }).click({ force: true });
  const lens = page.getByRole("region", { name: "Lens on Don Oberdorfer" });
  // Three claims; towards Roh, Seoul's government, the opposition and Moon Hee-sang; from Moon
  // Hee-sang and the framing.
  await expect(lens.getByRole("listitem")).toHaveCount(3 + 4 + 2);
  await expect(
    lens.getByRole("button", {
      name: /^Don Oberdorfer towards Roh Moo-hyun: 1 dispute; show these links$/,
    }),
  ).toBeVisible();
  await expect(
    lens.getByRole("button", {
      name: /^Don Oberdorfer towards South Korea's government: 1 support; show these links$/,
    }),
  ).toBeVisible();
  await lens.getByRole("button", { name: "Who supports whom: the matrix" }).click();
  const speakerOf = new Map(BUILT_IN.claims.map((c) => [c.id, c.speaker ?? "~framing"]));
  const expected = new Map<string, { support: number; dispute: number }>();
  for (const link of BUILT_IN.links) {
    const key = `${speakerOf.get(link.from)}>${speakerOf.get(link.to)}`;
    const cell = expected.get(key) ?? { support: 0, dispute: 0 };
    cell[link.type]++;
    expected.set(key, cell);
  }
  const cells = await page.locator(".matrix td button").evaluateAll((buttons) =>
    buttons.map((b) => ({
      from: b.getAttribute("data-from"),
      to: b.getAttribute("data-to"),
      label: (b.textContent ?? "").replace(/\s+/g, " ").trim(),
    })),
  );
  expect(cells.length).toBe(expected.size);
  for (const cell of cells) {
    const from = cell.from?.startsWith("\u0000") ? "~framing" : cell.from;
    const to = cell.to?.startsWith("\u0000") ? "~framing" : cell.to;
    const want = expected.get(`${from}>${to}`);
    expect(want, `${from}>${to}`).toBeDefined();
    expect(cell.label).toMatch(new RegExp(`: ${want!.support} support, ${want!.dispute} dispute$`));
  }
  await page
    .getByRole("region", { name: "Who supports whom" })
    .getByRole("button", {
      name: /Peter Beck towards South Korean officials: 1 support, 0 dispute/,
    })
    .click();
  await expect(status(page)).toHaveText(
    `Showing 2 of ${BUILT_IN.claims.length} claims · 2 speakers`,
  );
  await page.getByRole("radio", { name: "hide" }).check();
  await expect(page.locator(".react-flow__edge")).toHaveCount(1);
});

test("a copied URL restores filters, selection, lens and viewport in a fresh page; Back steps back", async ({
  page,
  context,
}) => {
  await openMap(page);
  await speakerBox(page, "Peter Beck").uncheck();
  await page.getByRole("radio", { name: "hide" }).check();
  await page.locator(".react-flow__node[data-id='ridiculous']").click();
  await page.getByRole("button", { name: "Zoom In" }).click();
  await page.waitForTimeout(500);
  const url = page.url();
  expect(url).toContain("sel=ridiculous");
  const transform = await page.locator(".react-flow__viewport").getAttribute("style");

  const fresh = await context.newPage();
  await openMap(
    fresh,
    undefined,
    url,
    BUILT_IN.claims.filter((c) => c.speaker !== "peter-beck").length,
  );
  await expect(speakerBox(fresh, "Peter Beck")).not.toBeChecked();
  await expect(fresh.getByRole("radio", { name: "hide" })).toBeChecked();
  await expect(
    fresh.getByRole("complementary", { name: "Claim details" }).getByRole("heading", { level: 2 }),
  ).toHaveText("The idea that South Korea could balance China and Japan is plainly ridiculous.");
  const parse = (style: string | null) =>
    (/translate\(([-\d.]+)px, ([-\d.]+)px\) scale\(([\d.]+)\)/.exec(style ?? "") ?? [])
      .slice(1)
      .map(Number);
  const [x = 0, y = 0, zoom = 0] = parse(transform);
  // The URL keeps whole pixels and three decimals of zoom.
  await expect
    .poll(async () => {
      const [fx = NaN, fy = NaN, fzoom = NaN] = parse(
        await fresh.locator(".react-flow__viewport").getAttribute("style"),
      );
      return Math.abs(fx - x) <= 1 && Math.abs(fy - y) <= 1 && Math.abs(fzoom - zoom) <= 0.001;
    })
    .toBe(true);

  await page.goBack();
  await expect(page.getByRole("complementary", { name: "Claim details" })).toContainText(
    "Select a claim on the map",
  );
  await page.goBack();
  await expect(page.getByRole("radio", { name: "dim" })).toBeChecked();
  await page.goForward();
  await expect(page.getByRole("radio", { name: "hide" })).toBeChecked();
});

test("stale values in a URL are ignored with a quiet notice", async ({ page }) => {
  await openMap(page, undefined, "/#hs=ghost&sel=nowhere&hs=peter-beck");
  await expect(page.locator(".notice")).toContainText('no speaker "ghost"');
  await expect(page.locator(".notice")).toContainText('no claim "nowhere"');
  await expect(speakerBox(page, "Peter Beck")).not.toBeChecked();
  await page.getByRole("button", { name: "Dismiss notice" }).click();
  await expect(page.locator(".notice")).toHaveCount(0);
});

test("keyboard only: reach the speaker filter, filter, move along links, open details", async ({
  page,
}) => {
  await openMap(page);
  await page.locator("body").click({ position: { x: 700, y: 5 } });
  // Tab to Kongdan Oh's checkbox.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    if (await speakerBox(page, "Kongdan Oh").evaluate((el) => el === document.activeElement)) break;
  }
  await expect(speakerBox(page, "Kongdan Oh")).toBeFocused();
  await page.keyboard.press("Space");
  await expect(speakerBox(page, "Kongdan Oh")).not.toBeChecked();
  // On to the map: Tab until a claim card has focus.
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.classList.contains("react-flow__node")))
      break;
  }
  const first = await page.evaluate(() => document.activeElement?.getAttribute("data-id"));
  expect(first).toBeTruthy();
  // Focus the thesis of the balancer debate and walk to a supporter.
  await page.locator(".react-flow__node[data-id='balancing-power']").focus();
  await page.keyboard.press("Space");
  await expect(
    page.getByRole("complementary", { name: "Claim details" }).getByRole("heading", { level: 2 }),
  ).toContainText("balancing power");
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute("data-id"));
  await page.keyboard.press("ArrowDown");
  await expect.poll(focused).not.toBe("balancing-power");
  const below = await focused();
  expect(BUILT_IN.links.some((l) => l.from === below && l.to === "balancing-power")).toBe(true);
  await page.keyboard.press("ArrowRight");
  await expect.poll(focused).not.toBe(below);
  const sibling = await focused();
  expect(BUILT_IN.links.some((l) => l.from === sibling && l.to === "balancing-power")).toBe(true);
  await page.keyboard.press("ArrowUp");
  await expect.poll(focused).toBe("balancing-power");
  await page.keyboard.press("Enter");
  await expect(page.locator("#claim-details-heading")).toBeFocused();
  await page.locator(".react-flow__node[data-id='balancing-power']").focus();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("complementary", { name: "Claim details" })).toContainText(
    "Select a claim on the map",
  );
});

test("search: '/' focuses it, matches are counted and highlighted, Enter steps and centres", async ({
  page,
}) => {
  await openMap(page);
  await page.locator(".react-flow__pane").click({ position: { x: 10, y: 10 } });
  await page.keyboard.press("/");
  const box = page.getByRole("searchbox", { name: "Search claims" });
  await expect(box).toBeFocused();
  await page.keyboard.type("oberdorfer");
  await expect(page.locator(".search__count")).toHaveText("1 of 3");
  await expect(
    page.locator(".claim-card.is-match-match, .claim-card.is-current-match"),
  ).toHaveCount(3);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("complementary", { name: "Claim details" })).toContainText(
    "Don Oberdorfer",
  );
  await page.keyboard.press("Enter");
  await expect(page.locator(".search__count")).toHaveText("2 of 3");
});

test("focus on a claim shows its neighbourhood; clearing restores", async ({ page }) => {
  await openMap(page);
  await page.locator(".react-flow__node[data-id='ridiculous']").click();
  await page.getByRole("button", { name: "Focus on this claim" }).click();
  await expect(status(page)).toHaveText(
    `Showing 3 of ${BUILT_IN.claims.length} claims · 3 speakers`,
  );
  await page.getByRole("combobox", { name: "Focus depth in steps along links" }).selectOption("2");
  await expect(status(page)).not.toHaveText(/Showing 3 of/);
  await page.getByRole("button", { name: "Clear focus" }).click();
  await expect(status(page)).toHaveText(
    `Showing ${BUILT_IN.claims.length} of ${BUILT_IN.claims.length} claims · 15 speakers`,
  );
});

test("the outline gives the same map as text, its selection in sync with the map", async ({
  page,
}) => {
  await openMap(page);
  await page.getByRole("radio", { name: "Outline" }).click();
  const outline = page.locator(".outline");
  await expect(outline.getByRole("heading", { level: 2 })).toHaveCount(5);
  await expect(outline.locator(".outline__claim")).toHaveCount(BUILT_IN.claims.length);
  await outline
    .getByRole("button", {
      name: "The idea that South Korea could balance China and Japan is plainly ridiculous.",
    })
    .click();
  await expect(page.getByRole("complementary", { name: "Claim details" })).toContainText(
    "Don Oberdorfer",
  );
  await page.getByRole("radio", { name: "Map" }).click();
  await expect(page.locator(".react-flow__node[data-id='ridiculous'] .claim-card")).toHaveClass(
    /is-selected/,
  );
});

test("an axe scan of the main view finds no serious or critical violations", async ({ page }) => {
  await openMap(page);
  await page.locator(".react-flow__node[data-id='ridiculous']").click();
  expect(await seriousAxeViolations(page)).toEqual([]);
});
