// What a careful first user ran into, each reproduced: typing kept, a page that stays put,
// confirmations and searches that mean what they say, filters that cannot hide.
import { expect, test, type Page } from "@playwright/test";
import { BUILT_IN, openMap } from "./helpers";

const details = (page: Page) => page.getByRole("complementary", { name: "Claim details" });
const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const textOf = (id: string) => BUILT_IN.claims.find((c) => c.id === id)!.text;

test("typing in an editor survives clicking another card, as a draft to continue or discard", async ({
  page,
}) => {
  await openMap(page);
  await node(page, "ridiculous").dblclick();
  const text = details(page).getByRole("textbox", { name: "Text" });
  await text.fill("My own wording, half done");
  await node(page, "soft-power").click();
  await expect(page.getByRole("status").filter({ hasText: "kept as a draft" })).toBeVisible();
  // The map still says what was saved; the draft waits in the first claim's details.
  await expect(node(page, "ridiculous").locator(".claim-card__text")).toHaveText(
    textOf("ridiculous"),
  );
  await node(page, "ridiculous").click();
  await details(page).getByRole("button", { name: "Continue editing" }).click();
  await expect(text).toHaveValue("My own wording, half done");
  // Ctrl+Enter saves.
  await text.press("Control+Enter");
  await expect(node(page, "ridiculous").locator(".claim-card__text")).toHaveText(
    "My own wording, half done",
  );
  await expect(details(page).getByRole("button", { name: "Continue editing" })).toHaveCount(0);
  // Escape cancels: nothing is kept.
  await details(page).getByRole("button", { name: "Edit claim" }).click();
  await text.fill("Thrown away");
  await text.press("Escape");
  await expect(node(page, "ridiculous").locator(".claim-card__text")).toHaveText(
    "My own wording, half done",
  );
  await expect(details(page).getByRole("button", { name: "Continue editing" })).toHaveCount(0);
});

test("Add claim, then Cancel, leaves nothing behind", async ({ page }) => {
  await openMap(page);
  await page.getByRole("button", { name: "Add claim" }).click();
  await expect(page.locator(".react-flow__node")).toHaveCount(BUILT_IN.claims.length + 1);
  await details(page).getByRole("button", { name: "Cancel" }).click();
  await expect(page.locator(".react-flow__node")).toHaveCount(BUILT_IN.claims.length);
  await expect(page.getByRole("button", { name: "Redo", exact: true })).toBeDisabled();
});

for (const [width, height] of [
  [1440, 900],
  [1366, 768],
  [1280, 720],
] as const) {
  test(`at ${width}×${height}, selecting the longest claim never scrolls the page`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openMap(page);
    for (const id of ["essence", "ridiculous", "balancing-power"]) {
      await node(page, id).click({ force: true });
      await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(textOf(id));
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
      expect(await page.evaluate(() => document.scrollingElement!.scrollHeight)).toBe(height);
      // The header stays in view: search, Undo and Export are where they were.
      for (const name of ["Export…", "Open…"]) {
        const box = (await page.getByRole("button", { name }).boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
      }
      await expect(page.getByRole("searchbox")).toBeInViewport();
    }
    if (width === 1280) await page.screenshot({ path: "test-results/details-1280x720.png" });
  });
}

test("a delete confirmation belongs to the claim it was asked for", async ({ page }) => {
  await openMap(page);
  await node(page, "ridiculous").click();
  await details(page).getByRole("button", { name: "Delete claim…" }).click();
  await expect(details(page).getByRole("group", { name: "Confirm deletion" })).toBeVisible();
  await node(page, "soft-power").click();
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(textOf("soft-power"));
  await expect(details(page).getByRole("group", { name: "Confirm deletion" })).toHaveCount(0);
  await expect(details(page).getByRole("button", { name: "Delete claim…" })).toBeVisible();
});

test("search counts and visits only what the view shows, and offers the hidden matches", async ({
  page,
}) => {
  await openMap(page);
  await page
    .getByRole("button", { name: "Only Don Oberdorfer", exact: true })
    .click({ force: true });
  await page.getByRole("radio", { name: "hide" }).check();
  await page.getByRole("searchbox").fill("Roh");
  const all = (BUILT_IN.claims as ((typeof BUILT_IN.claims)[number] & { note?: string })[]).filter(
    (c) =>
      [
        c.text,
        c.note ?? "",
        c.quote?.text ?? "",
        BUILT_IN.speakers.find((s) => s.id === c.speaker)?.name ?? "",
      ]
        .join(" ")
        .toLowerCase()
        .includes("roh"),
  );
  const theirs = all.filter((c) => c.speaker === "oberdorfer");
  expect(all.length).toBeGreaterThan(theirs.length);
  const count = page.locator(".search__count");
  await expect(count).toContainText(
    `${theirs.length === 0 ? "no matches" : `1 of ${theirs.length}`} · ${all.length - theirs.length} more hidden by the filters`,
  );
  if (theirs.length > 0) {
    await page.getByRole("searchbox").press("Enter");
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(theirs[0]!.text);
  }
  await page.getByRole("button", { name: "Show them" }).click();
  await expect(page.getByRole("radio", { name: "dim" })).toBeChecked();
  await expect(count).toHaveText(`1 of ${all.length}`);
});

test("a filter set in the closed matrix stays visible in the status line, and is removed there", async ({
  page,
}) => {
  await openMap(page);
  await page
    .getByRole("button", { name: "Lens on Don Oberdorfer", exact: true })
    .click({ force: true });
  await page.getByRole("button", { name: /Who supports whom/ }).click();
  await page
    .getByRole("region", { name: "Who supports whom" })
    .getByRole("button", { name: /Don Oberdorfer towards Moon Hee-sang/ })
    .click();
  await page.getByRole("button", { name: "Close matrix" }).click();
  await page.getByRole("button", { name: "Close lens" }).click();
  const chip = page.getByRole("button", { name: /^pair Don Oberdorfer → Moon Hee-sang/ });
  await expect(chip).toBeVisible();
  await expect(page.locator(".status [role=status]")).not.toContainText(
    `Showing ${BUILT_IN.claims.length} of`,
  );
  await chip.click();
  await expect(chip).toHaveCount(0);
  await expect(page.locator(".status [role=status]")).toContainText(
    `Showing ${BUILT_IN.claims.length} of`,
  );
});

test("focus stays visible in the status line after the details close", async ({ page }) => {
  await openMap(page);
  await node(page, "ridiculous").click();
  await details(page).getByRole("button", { name: "Focus on this claim" }).click();
  await details(page).getByRole("button", { name: "Close details" }).click();
  const chip = page.getByRole("button", { name: /^focus on “The idea that South Korea/ });
  await expect(chip).toBeVisible();
  await chip.click();
  await expect(page.locator(".status [role=status]")).toContainText(
    `Showing ${BUILT_IN.claims.length} of`,
  );
});

test("'/' reaches the search from a filter checkbox", async ({ page }) => {
  await openMap(page);
  await page.getByRole("checkbox", { name: /Don Oberdorfer/ }).click();
  await page.keyboard.press("/");
  await expect(page.getByRole("searchbox")).toBeFocused();
});
