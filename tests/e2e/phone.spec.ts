// The app on a phone: 390 × 844 with touch, as an iPhone 12 to 15 has it, and 320 px wide.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { PNG } from "pngjs";
import { BUILT_IN, openMap } from "./helpers";
import { sidewaysOverflow } from "./wcag";

const PHONE = { width: 390, height: 844 };
const details = (page: Page) => page.getByRole("complementary", { name: "Claim details" });
const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const status = (page: Page) => page.locator(".status").getByRole("status");

/** Nothing sticks out sideways, nothing scrolls sideways (but the map). */
async function expectNoSidewaysOverflow(page: Page) {
  const { checked, found } = await sidewaysOverflow(page);
  expect(found).toEqual([]);
  expect(checked).toBeGreaterThan(10);
}

/** The top of the details sheet, and whether the card lies wholly above it and on screen. */
async function cardAboveSheet(page: Page, id: string) {
  const card = (await node(page, id).boundingBox())!;
  const sheet = (await details(page).boundingBox())!;
  return (
    card.y >= 0 &&
    card.y + card.height <= sheet.y &&
    card.x >= 0 &&
    card.x + card.width <= PHONE.width
  );
}

test.describe("on a phone", () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

  test("open the built-in map, filter to one speaker, read a claim's details and quote, export a PNG", async ({
    page,
  }) => {
    await openMap(page);
    // The map takes the screen: no filters, source or details beside it.
    const map = (await page.locator(".react-flow").boundingBox())!;
    expect(map.width).toBeGreaterThanOrEqual(PHONE.width - 1);
    expect(map.height).toBeGreaterThan(PHONE.height / 2);
    await expect(page.getByRole("navigation", { name: "Explore" })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Source text" })).toHaveCount(0);
    await expectNoSidewaysOverflow(page);

    // Filters: a sheet, from a button in the header.
    await page.getByRole("button", { name: "Filters", exact: true }).tap();
    const explore = page.getByRole("navigation", { name: "Explore" });
    await expect(explore).toBeVisible();
    await expectNoSidewaysOverflow(page);
    await explore.getByRole("button", { name: "Only Don Oberdorfer" }).tap();
    await expect(status(page)).toHaveText(
      `Showing 3 of ${BUILT_IN.claims.length} claims · 1 speaker`,
    );
    await page.getByRole("button", { name: "Hide filters" }).tap();
    await expect(explore).toHaveCount(0);

    // A tap on a card: its details in a sheet, its quote whole, the card still in sight.
    const claim = BUILT_IN.claims.find((c) => c.id === "ridiculous")!;
    await node(page, "ridiculous").tap();
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(claim.text);
    await expect(details(page).locator("blockquote")).toHaveText(claim.quote!.text);
    await expect(details(page).locator("blockquote")).toBeInViewport({ ratio: 1 });
    await expect(details(page)).toContainText("Don Oberdorfer");
    await expect.poll(() => cardAboveSheet(page, "ridiculous")).toBe(true);
    await expectNoSidewaysOverflow(page);
    await details(page).getByRole("button", { name: "Close details" }).tap();
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveCount(0);

    // Export, from the menu: a PNG of the map as filtered.
    await page.getByRole("button", { name: "Menu" }).tap();
    await page.getByRole("button", { name: "Export…" }).tap();
    const dialog = page.getByRole("dialog", { name: "Export" });
    await expectNoSidewaysOverflow(page);
    await dialog.getByRole("radio", { name: "PNG image" }).check();
    const download = page.waitForEvent("download", { timeout: 90_000 });
    await dialog.getByRole("button", { name: "Export PNG" }).tap();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.png$/);
    const png = PNG.sync.read(readFileSync(await file.path()));
    expect(png.width).toBeGreaterThan(500);
    expect(png.height).toBeGreaterThan(300);
  });

  test("the outline reads a map on a phone: tap a claim, read its details, back to its place", async ({
    page,
  }) => {
    await openMap(page);
    await page.getByRole("radio", { name: "Outline" }).tap();
    const outline = page.locator(".outline");
    await expect(outline).toBeVisible();
    // Claims are full-width rows, comfortable to tap; type no smaller than 15 px.
    const row = outline.getByRole("button", { name: BUILT_IN.claims[0]!.text });
    const box = (await row.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThan(PHONE.width * 0.8);
    expect(
      await row.evaluate((e) => parseFloat(getComputedStyle(e).fontSize)),
    ).toBeGreaterThanOrEqual(15);
    await expectNoSidewaysOverflow(page);
    const claim = BUILT_IN.claims.find((c) => c.id === "ridiculous")!;
    const target = outline.getByRole("button", { name: claim.text });
    await target.scrollIntoViewIfNeeded();
    await target.tap();
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(claim.text);
    await expect(details(page).locator("blockquote")).toHaveText(claim.quote!.text);
    await expectNoSidewaysOverflow(page);
  });

  test("a long press on a link shows its note; a tap elsewhere on the map hides it", async ({
    page,
  }) => {
    await openMap(page);
    // Zoom in on a claim so that its links are long enough to press.
    await page.getByRole("searchbox").fill("plainly ridiculous");
    await page.getByRole("searchbox").press("Enter");
    // The view glides there: the point is taken once it has arrived.
    await expect
      .poll(() =>
        page
          .locator(".react-flow__viewport")
          .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a),
      )
      .toBeGreaterThanOrEqual(0.9);
    await details(page).getByRole("button", { name: "Close details" }).tap();
    // A point on a link that nothing covers.
    const point = await page.evaluate(() => {
      for (const path of document.querySelectorAll<SVGPathElement>(".react-flow__edge-path")) {
        const length = path.getTotalLength();
        for (const share of [0.5, 0.4, 0.6, 0.3, 0.7]) {
          const p = path.getPointAtLength(length * share);
          const screen = new DOMPoint(p.x, p.y).matrixTransform(path.getScreenCTM()!);
          const hit = document.elementFromPoint(screen.x, screen.y);
          if (
            screen.x > 10 &&
            screen.x < innerWidth - 10 &&
            hit?.closest(".react-flow__edge") === path.closest(".react-flow__edge")
          )
            return { x: screen.x, y: screen.y };
        }
      }
      return null;
    });
    expect(point).not.toBeNull();
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: "touchStart" | "touchEnd") =>
      cdp.send("Input.dispatchTouchEvent", {
        type,
        touchPoints: type === "touchEnd" ? [] : [{ x: point!.x, y: point!.y }],
      });
    await touch("touchStart");
    // Held until the note shows: it does not show at once.
    const tooltip = page.getByRole("tooltip");
    await expect(tooltip).toBeVisible();
    await touch("touchEnd");
    await expect(tooltip).toContainText(/supports|disputes|undercuts/);
    await expect(tooltip).toBeVisible();
    const pane = (await page.locator(".react-flow__pane").boundingBox())!;
    await page.touchscreen.tap(pane.x + 6, pane.y + pane.height - 6);
    await expect(tooltip).toHaveCount(0);
  });
});

// 390 and 320 px phones, and a 1,280 × 800 laptop at 200% zoom (640 × 400 CSS px).
for (const [width, height, touch] of [
  [390, 700, true],
  [320, 640, true],
  [640, 400, false],
] as const) {
  test.describe(`${width} × ${height} px`, () => {
    test.use({ viewport: { width, height }, hasTouch: touch, isMobile: touch });

    test(`nothing needs sideways scrolling but the map, at ${width} × ${height} px: header, menu, filters, lens, details, source, outline, dialogs`, async ({
      page,
    }) => {
      await openMap(page);
      await expectNoSidewaysOverflow(page);
      await page.getByRole("button", { name: "Menu" }).click();
      await expect(page.getByRole("toolbar", { name: "Map actions" })).toBeVisible();
      await expectNoSidewaysOverflow(page);
      await page.getByRole("button", { name: "Menu" }).click();
      await expect(page.getByRole("toolbar", { name: "Map actions" })).toBeHidden();
      await page.getByRole("button", { name: "Filters", exact: true }).click();
      await expectNoSidewaysOverflow(page);
      await page.getByRole("button", { name: "Lens on Don Oberdorfer" }).click();
      await page.getByRole("button", { name: "Hide filters" }).click();
      await expect(page.getByRole("region", { name: "Lens on Don Oberdorfer" })).toBeVisible();
      await expectNoSidewaysOverflow(page);
      await page.getByRole("button", { name: "Who supports whom: the matrix" }).click();
      await expectNoSidewaysOverflow(page);
      await page.getByRole("button", { name: "Close matrix" }).click();
      await page.getByRole("button", { name: "Close lens" }).click();
      await node(page, "ridiculous").click();
      await expect(details(page).getByRole("heading", { level: 2 })).toBeVisible();
      await expectNoSidewaysOverflow(page);
      await details(page).getByRole("button", { name: "Edit claim" }).click();
      await expect(details(page).getByRole("textbox", { name: "Text" })).toBeVisible();
      await expectNoSidewaysOverflow(page);
      await details(page).getByRole("button", { name: "Cancel" }).click();
      await page.getByRole("button", { name: "Menu" }).click();
      await page.getByRole("button", { name: "Show source" }).click();
      await expect(page.getByRole("region", { name: "Source text" })).toBeVisible();
      await expectNoSidewaysOverflow(page);
      await page.getByRole("button", { name: "Back to the map" }).click();
      await page.getByRole("radio", { name: "Outline" }).click();
      await expectNoSidewaysOverflow(page);
      for (const [button, dialog] of [
        ["Open…", "Open a map"],
        ["Speakers & topics…", "Speakers and topics"],
        ["Export…", "Export"],
      ] as const) {
        await page.getByRole("button", { name: "Menu" }).click();
        await page.getByRole("button", { name: button }).click();
        await expect(page.getByRole("dialog", { name: dialog })).toBeVisible();
        await expectNoSidewaysOverflow(page);
        await page.keyboard.press("Escape");
        await expect(page.getByRole("dialog", { name: dialog })).toHaveCount(0);
      }
    });
  });
}
