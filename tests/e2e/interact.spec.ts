import { expect, test, type Page } from "@playwright/test";
import { BUILT_IN, intersects, nodeBoxes, openMap } from "./helpers";

const details = (page: Page) => page.getByRole("complementary", { name: "Claim details" });
const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

async function position(page: Page, id: string) {
  const boxes = await nodeBoxes(page);
  const box = boxes.find((b) => b.id === id);
  if (!box) throw new Error(`no node ${id}`);
  return box;
}

test("selecting a claim shows its text, speaker, quote and relations in the details panel", async ({
  page,
}) => {
  await openMap(page);
  await page.getByRole("button", { name: "Fit View" }).click();
  await node(page, "ridiculous").click();
  const panel = details(page);
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText(
    "The idea that South Korea could balance China and Japan is plainly ridiculous.",
  );
  await expect(panel).toContainText("Don Oberdorfer");
  await expect(panel).toContainText("Johns Hopkins University");
  await expect(panel.locator("blockquote")).toHaveText(
    "The idea that South Korea could balance China and Japan, is just, in my mind, plainly ridiculous,",
  );
  await expect(panel).toContainText("Supports / disputes");
  await expect(node(page, "ridiculous").locator(".claim-card")).toHaveClass(/is-selected/);

  // A relation in the list moves the selection there.
  await panel
    .getByRole("button", { name: /^disputes Roh Moo-hyun: South Korea should strive/ })
    .click();
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText(
    'South Korea should strive to be a "balancing power" in the region.',
  );
  await expect(panel).toContainText("Supported by / disputed by");
  await page.getByRole("button", { name: "Close details" }).click();
  await expect(panel).toContainText("Select a claim on the map");
});

test("clicking a highlighted quote in the source selects its claim and centres it", async ({
  page,
}) => {
  await openMap(page);
  const quote = page.getByRole("button", {
    name: /\(quote of Peter Beck: South Koreans know they can't go it alone/,
  });
  await quote.scrollIntoViewIfNeeded();
  await quote.click();
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(
    "South Koreans know they can't go it alone: they need the United States.",
  );
  await expect(quote).toHaveAttribute("aria-pressed", "true");
  await expect(node(page, "need-the-us").locator(".claim-card")).toHaveClass(/is-selected/);
  // Centred: the card ends up in the middle of the map's viewport.
  await page.waitForTimeout(700);
  const card = await node(page, "need-the-us").boundingBox();
  const pane = await page.locator(".react-flow").boundingBox();
  expect(card && pane).toBeTruthy();
  const cx = card!.x + card!.width / 2 - (pane!.x + pane!.width / 2);
  const cy = card!.y + card!.height / 2 - (pane!.y + pane!.height / 2);
  expect(Math.abs(cx)).toBeLessThan(40);
  expect(Math.abs(cy)).toBeLessThan(40);
});

test("selecting a claim on the map scrolls the source to its quote and emphasises it", async ({
  page,
}) => {
  await openMap(page);
  await page.getByRole("button", { name: "Fit View" }).click();
  await node(page, "self-sufficient").click();
  const quote = page.getByRole("button", {
    name: /\(quote of Roh Moo-hyun: South Korea should be militarily self-sufficient/,
  });
  await expect(quote).toHaveAttribute("aria-pressed", "true");
  await expect(quote).toHaveClass(/is-selected/);
  await expect(quote).toBeInViewport();
});

test("overlapping quotes both stay reachable", async ({ page }) => {
  await openMap(page);
  const overlap = page.getByRole("button", { name: /\(2 overlapping quotes/ }).first();
  await overlap.scrollIntoViewIfNeeded();
  await overlap.click();
  const first = await details(page).getByRole("heading", { level: 2 }).textContent();
  await overlap.click();
  const second = await details(page).getByRole("heading", { level: 2 }).textContent();
  expect(new Set([first, second])).toEqual(
    new Set([
      "South Koreans are balancing fears of abandonment with fears of entrapment.",
      "South Koreans fear entrapment: being drawn into other regional conflicts by U.S. forces made more deployable.",
    ]),
  );
  // The keyboard reaches it too.
  await overlap.focus();
  await page.keyboard.press("Enter");
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(first ?? "");
});

test("a dragged card stays where it is put until Re-arrange", async ({ page }) => {
  await openMap(page);
  await page.getByRole("button", { name: "Fit View" }).click();
  const before = await position(page, "essence");
  const box = (await node(page, "essence").boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 8);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + 8 + 400, { steps: 12 });
  await page.mouse.up();
  await expect
    .poll(async () => (await position(page, "essence")).y)
    .toBeGreaterThan(before.y + 100);
  const moved = await position(page, "essence");
  // Selecting other claims and toggling the source pane keep it there.
  await node(page, "shift").click();
  await page.getByRole("button", { name: "Hide source" }).click();
  await page.getByRole("button", { name: "Show source" }).click();
  expect(await position(page, "essence")).toMatchObject({ x: moved.x, y: moved.y });
  // Nothing overlaps after the drop.
  const boxes = await nodeBoxes(page);
  const dropped = boxes.find((b) => b.id === "essence")!;
  expect(
    boxes.filter((b) => b.id !== "essence" && intersects(b, dropped)).map((b) => b.id),
  ).toEqual([]);

  // Re-arrange says what it lets go of, and does it when asked.
  await page.getByRole("button", { name: "Re-arrange" }).click();
  await expect(page.getByRole("group", { name: "Confirm re-arrange" })).toContainText(
    "Let go of where you put 1 card?",
  );
  await page
    .getByRole("group", { name: "Confirm re-arrange" })
    .getByRole("button", { name: "Re-arrange" })
    .click();
  await expect.poll(async () => (await position(page, "essence")).y).toBe(before.y);
  expect((await position(page, "essence")).x).toBe(before.x);
});

test("a card dropped onto another slides to a free spot", async ({ page }) => {
  await openMap(page);
  await page.getByRole("button", { name: "Fit View" }).click();
  const target = (await node(page, "deterrent").boundingBox())!;
  const box = (await node(page, "essence").boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 8);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, target.y + 8, { steps: 12 });
  await page.mouse.up();
  await page.waitForTimeout(300);
  const boxes = await nodeBoxes(page);
  const dropped = boxes.find((b) => b.id === "essence")!;
  expect(
    boxes.filter((b) => b.id !== "essence" && intersects(b, dropped)).map((b) => b.id),
  ).toEqual([]);
});

test("hovering an edge shows its note; keyboard users find the same note in the details", async ({
  page,
}) => {
  await openMap(page);
  const note =
    "Oberdorfer: “The idea that South Korea could balance China and Japan, is just, in my mind, plainly ridiculous”, against the balancer, the “main concept” of Roh's new policy agenda.";
  const edge = page.locator('.react-flow__edge[data-id="l-ridiculous-vs-balancer"]');
  // Links are not Tab stops: the map is one, and the details list each link with its note.
  await expect(edge).not.toHaveAttribute("tabindex", "0");
  await edge.locator(".react-flow__edge-interaction").hover({ force: true });
  await expect(page.getByRole("tooltip")).toHaveText(`disputes — ${note}`);
  await node(page, "ridiculous").focus();
  await page.keyboard.press("Enter");
  await expect(
    details(page).getByRole("textbox", { name: "Note on this link" }).first(),
  ).toHaveValue(note);
});

test("the layout direction switches, with no overlaps either way", async ({ page }) => {
  await openMap(page);
  const tb = await position(page, "soft-power");
  const thesisTb = await position(page, "balancing-power");
  expect(tb.y).toBeGreaterThan(thesisTb.y);
  await page.getByRole("radio", { name: "Left-right" }).click();
  await expect
    .poll(
      async () =>
        (await position(page, "soft-power")).x < (await position(page, "balancing-power")).x,
    )
    .toBe(true);
  const boxes = await nodeBoxes(page);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      expect(intersects(boxes[i]!, boxes[j]!), `${boxes[i]!.id} × ${boxes[j]!.id}`).toBe(false);
  await expect(page.locator(".react-flow__node")).toHaveCount(BUILT_IN.claims.length);
});

test("the source pane can be hidden and shown", async ({ page }) => {
  await openMap(page);
  await expect(page.getByRole("region", { name: "Source text" })).toBeVisible();
  await page.getByRole("button", { name: "Hide source" }).click();
  await expect(page.getByRole("region", { name: "Source text" })).toHaveCount(0);
  await page.getByRole("button", { name: "Show source" }).click();
  await expect(page.getByRole("region", { name: "Source text" })).toBeVisible();
});

test("zoomed out below 20%, cards drop their words and keep their size", async ({ page }) => {
  await openMap(page);
  const heights = async () =>
    page
      .locator(".react-flow__node")
      .evaluateAll((els) =>
        Object.fromEntries(
          els.map((e) => [e.getAttribute("data-id"), (e as HTMLElement).offsetHeight]),
        ),
      );
  const before = await heights();
  const zoom = async () =>
    Number(
      /scale\(([\d.]+)\)/.exec(
        await page.locator(".react-flow__viewport").evaluate((e) => e.style.transform),
      )?.[1],
    );
  // The words are there at the opening zoom.
  expect(await zoom()).toBeGreaterThan(0.2);
  await expect(node(page, "ridiculous").locator(".claim-card__text")).not.toBeEmpty();
  for (let i = 0; i < 12 && (await zoom()) >= 0.2; i++) {
    await page.getByRole("button", { name: "Zoom Out" }).click();
    await page.waitForTimeout(250);
  }
  expect(await zoom()).toBeLessThan(0.2);
  const texts = await page
    .locator(".claim-card__text")
    .evaluateAll((els) => els.map((e) => e.textContent ?? ""));
  expect(texts).toHaveLength(BUILT_IN.claims.length);
  expect(texts.filter((t) => t !== "")).toEqual([]);
  expect(await heights()).toEqual(before);
});

test("cards that render taller than estimated get a second layout, and never overlap", async ({
  page,
}) => {
  await openMap(page);
  const tallest = async () => Math.max(...(await nodeBoxes(page)).map((b) => b.height));
  const before = await tallest();
  // Text set larger than the layout's estimate, as a font fallback or a user style might.
  await page.evaluate(() => {
    const sheet = [...document.styleSheets].find((s) => {
      try {
        return s.cssRules.length >= 0;
      } catch {
        return false;
      }
    })!;
    sheet.insertRule(".claim-card__text { line-height: 34px !important; }", sheet.cssRules.length);
  });
  await expect.poll(tallest).toBeGreaterThan(before + 40);
  await expect
    .poll(async () => {
      const boxes = await nodeBoxes(page);
      const pairs: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++)
          if (intersects(boxes[i]!, boxes[j]!)) pairs.push(`${boxes[i]!.id} × ${boxes[j]!.id}`);
      return pairs;
    })
    .toEqual([]);
});
