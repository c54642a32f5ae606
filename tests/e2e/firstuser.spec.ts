// What a careful first user ran into, each reproduced: typing kept, a page that stays put,
// confirmations and searches that mean what they say, filters that cannot hide.
import { expect, test, type Page } from "@playwright/test";
import { BUILT_IN, openMap, pasteMap } from "./helpers";

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

const position = (page: Page, id: string) =>
  node(page, id).evaluate((e) => (e as HTMLElement).style.transform);

async function drag(page: Page, id: string, dx: number, dy: number) {
  const box = (await node(page, id).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 8);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + dx, box.y + 8 + dy, { steps: 10 });
  await page.mouse.up();
}

test("moving a card is a step Undo takes back; each direction keeps its own places", async ({
  page,
}) => {
  await openMap(page);
  await page.getByRole("button", { name: "Fit View" }).click();
  const laid = await position(page, "essence");
  await drag(page, "essence", 40, 300);
  await expect.poll(() => position(page, "essence")).not.toBe(laid);
  const moved = await position(page, "essence");
  // Left-right and back: the card is where it was put.
  await page.getByRole("radio", { name: "Left-right" }).click();
  await expect.poll(() => position(page, "essence")).not.toBe(moved);
  await page.getByRole("radio", { name: "Top-down" }).click();
  await expect.poll(() => position(page, "essence")).toBe(moved);
  // Undo takes the move back, Redo puts it there again.
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect.poll(() => position(page, "essence")).toBe(laid);
  await page.getByRole("button", { name: "Redo", exact: true }).click();
  await expect.poll(() => position(page, "essence")).toBe(moved);
  // Opening another map and undoing that brings the moved card back where it was put.
  await page.getByRole("button", { name: "Open…" }).click();
  await page.getByRole("button", { name: "New map" }).click();
  await expect(page.locator(".react-flow__node")).toHaveCount(0);
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect.poll(() => position(page, "essence")).toBe(moved);
});

test("keyboard: a skip link reaches the map; the map is one Tab stop; Escape in the details returns to the card", async ({
  page,
}) => {
  await openMap(page);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Skip to the map" })).toBeFocused();
  await page.keyboard.press("Enter");
  const focusedId = () =>
    page.evaluate(() =>
      document.activeElement?.closest(".react-flow__node")?.getAttribute("data-id"),
    );
  const first = await focusedId();
  expect(first).toBeTruthy();
  // Exactly one card takes Tab; the links take none.
  expect(await page.locator('.react-flow__node[tabindex="0"]').count()).toBe(1);
  expect(await page.locator('.react-flow__edge[tabindex="0"]').count()).toBe(0);
  // Arrows move inside the map; Tab leaves it at once.
  await page.keyboard.press("ArrowDown");
  await expect.poll(focusedId).not.toBe(first);
  const inside = await focusedId();
  await page.keyboard.press("Tab");
  expect(await focusedId()).toBeUndefined();
  await page.keyboard.press("Shift+Tab");
  expect(await focusedId()).toBe(inside);
  // Enter opens the details; Escape there returns to the card and clears the selection.
  await page.keyboard.press("Enter");
  await expect(details(page).getByRole("heading", { level: 2 })).toBeFocused();
  await page.keyboard.press("Escape");
  expect(await focusedId()).toBe(inside);
  await expect(details(page)).toContainText("Select a claim on the map");
  // The other skip links reach the filters and the details.
  await page.getByRole("button", { name: "Skip to the map" }).focus();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Skip to the filters" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#explore-panel :focus")).toHaveCount(1);
});

test("deleting a speaker leaves every other speaker's colour as it was", async ({ page }) => {
  await openMap(page);
  const swatch = (name: string) =>
    page
      .getByRole("navigation", { name: "Explore" })
      .locator("li", { hasText: name })
      .locator(".explore__swatch")
      .evaluate((e) => getComputedStyle(e).backgroundColor);
  const before = await swatch("Don Oberdorfer");
  await page.getByRole("button", { name: "Speakers & topics…" }).click();
  const dialog = page.getByRole("dialog", { name: "Speakers and topics" });
  await dialog.getByRole("button", { name: "Delete speaker “Kim Dae-jung”…" }).click();
  await dialog.getByRole("radio", { name: /with no speaker/ }).check();
  await dialog.getByRole("button", { name: "Delete speaker “Kim Dae-jung”", exact: true }).click();
  await expect(dialog.getByRole("textbox", { name: "Name of speaker “Kim Dae-jung”" })).toHaveCount(
    0,
  );
  await dialog.getByRole("button", { name: "Close" }).click();
  expect(await swatch("Don Oberdorfer")).toBe(before);
});

test("the speakers dialog refuses a duplicate name, gives a name in any script a readable id, and keeps a rename typed before closing", async ({
  page,
}) => {
  await openMap(page);
  await page.getByRole("button", { name: "Speakers & topics…" }).click();
  const dialog = page.getByRole("dialog", { name: "Speakers and topics" });
  await dialog.getByRole("textbox", { name: "New speaker’s name" }).fill("peter  beck");
  await dialog.getByRole("button", { name: "Add speaker" }).click();
  await expect(dialog.getByRole("alert")).toHaveText(
    "There is already a speaker called “Peter Beck”.",
  );
  await dialog.getByRole("textbox", { name: "New speaker’s name" }).fill("김서연");
  await dialog.getByRole("button", { name: "Add speaker" }).click();
  await dialog
    .getByRole("textbox", { name: "Name of speaker “Kim Jong Il”" })
    .fill("Kim Jong Il (reported)");
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(page.getByRole("checkbox", { name: "Kim Jong Il (reported)" })).toBeVisible();
  // The new speaker's id is readable in the URL once her claims are filtered.
  await page.getByRole("checkbox", { name: "김서연" }).uncheck();
  await expect.poll(() => decodeURIComponent(page.url())).toContain("hs=김서연");
});

test("a failed paste keeps its text; 'Copy the list' says it copied", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openMap(page);
  await page.getByRole("button", { name: "Open…" }).click();
  const open = page.getByRole("dialog", { name: "Open a map" });
  await open.getByRole("textbox", { name: "Or paste a map" }).fill('{"title": 1}');
  await open.getByRole("button", { name: "Open pasted map" }).click();
  const problems = page.getByRole("dialog", { name: "The pasted text could not be opened" });
  await problems.getByRole("button", { name: "Copy the list" }).click();
  await expect(problems.getByRole("status")).toHaveText("Copied.");
  await problems.getByRole("button", { name: "Close" }).click();
  await expect(open.getByRole("textbox", { name: "Or paste a map" })).toHaveValue('{"title": 1}');
});

test("the outline highlights matches and scrolls to the current one", async ({ page }) => {
  await openMap(page);
  await page.getByRole("radio", { name: "Outline" }).click();
  await page.getByRole("searchbox").fill("self-sufficient");
  await page.getByRole("searchbox").press("Enter");
  const current = page.locator(".outline__claim.is-current-match");
  await expect(current).toHaveCount(1);
  await expect(current).toBeInViewport();
});

test("a refusal's notice goes once the edit succeeds; 'Opened …' goes with the next change", async ({
  page,
}) => {
  await openMap(page);
  await node(page, "ridiculous").dblclick();
  await details(page)
    .getByRole("textbox", { name: /Exact words/ })
    .fill("words nobody wrote");
  await details(page).getByRole("button", { name: "Save" }).click();
  await expect(page.locator(".notice")).toContainText("does not occur word for word");
  await details(page)
    .getByRole("textbox", { name: /Exact words/ })
    .fill("plainly ridiculous");
  await details(page).getByRole("button", { name: "Save" }).click();
  await expect(page.locator(".notice")).toHaveCount(0);
  await page.getByRole("button", { name: "Open…" }).click();
  await page.getByRole("button", { name: "Example: the South Korea–US alliance" }).click();
  await expect(page.locator(".notice")).toContainText("Opened");
  await node(page, "soft-power").dblclick();
  await details(page).getByRole("textbox", { name: "Note" }).fill("n");
  await details(page).getByRole("button", { name: "Save" }).click();
  await expect(page.locator(".notice")).toHaveCount(0);
});

test("Back after opening another map does not apply the old map's view to it", async ({ page }) => {
  await openMap(page, "school-week.json");
  const fixture = JSON.parse(
    (await import("node:fs")).readFileSync("tests/fixtures/school-week.json", "utf8"),
  ) as typeof BUILT_IN;
  await node(page, fixture.claims[0]!.id).click();
  await page.getByRole("button", { name: "Open…" }).click();
  await page.getByRole("button", { name: "Example: the South Korea–US alliance" }).click();
  await expect(page.locator(".react-flow__node")).toHaveCount(BUILT_IN.claims.length);
  await page.goBack();
  await page.waitForTimeout(300);
  await expect(page.locator(".notice")).not.toContainText("ignored");
  await expect(page.locator(".react-flow__node")).toHaveCount(BUILT_IN.claims.length);
});

test("small things: a one-claim map is not blown up; regions say what they count; only and lens are always there; a drop zone shows", async ({
  page,
}) => {
  await openMap(page);
  // Only and lens are visible without hovering, at 24 px or more.
  const only = page.getByRole("button", { name: "Only Don Oberdorfer" });
  await expect(only).toBeVisible();
  const box = (await only.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(24);
  // A region counts the claims drawn in it, and says how many more carry its topic.
  await expect(page.locator(".topic-region__label").first()).toContainText(/· \d+/);
  // A file dragged over the window shows where it may go.
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(["{}"], "map.json", { type: "application/json" }));
    window.dispatchEvent(new DragEvent("dragenter", { dataTransfer: data, bubbles: true }));
  });
  await expect(page.getByText("Drop the file to open it")).toBeVisible();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(["{}"], "map.json", { type: "application/json" }));
    window.dispatchEvent(new DragEvent("dragleave", { dataTransfer: data, bubbles: true }));
  });
  await expect(page.getByText("Drop the file to open it")).toHaveCount(0);
  // A one-claim map opens at its natural size, not at 250%.
  await pasteMap(
    page,
    '{"title":"One","speakers":[],"claims":[{"id":"a","text":"Alone."}],"links":[]}',
  );
  await expect(page.locator(".react-flow__node")).toHaveCount(1);
  await page.waitForTimeout(300);
  const zoom = Number(
    /scale\(([\d.]+)\)/.exec(
      await page.locator(".react-flow__viewport").evaluate((e) => e.style.transform),
    )?.[1],
  );
  expect(zoom).toBeLessThanOrEqual(1);
});

test("a cast of 60 speakers gets a list of the linked pairs instead of a grid", async ({
  page,
}) => {
  const { generateMap } = await import("../../src/model/testing/generateMap");
  const { serializeMap } = await import("../../src/model/format/serializeMap");
  const map = generateMap({ claims: 300, seed: 9, speakers: 60 });
  await page.route(
    (url) => url.pathname === "/generated/cast.json",
    (route) => route.fulfill({ body: serializeMap(map), contentType: "application/json" }),
  );
  await openMap(page, undefined, "/?map=/generated/cast.json", map.claims.length);
  await page.getByRole("button", { name: "Lens on Speaker 1", exact: true }).click();
  await page.getByRole("button", { name: /Who supports whom/ }).click();
  const matrix = page.getByRole("region", { name: "Who supports whom" });
  await expect(matrix).toContainText("60 speakers: the pairs with links");
  await expect(matrix.getByRole("row").nth(1)).toBeVisible();
});

test("a long word or address wraps in the details instead of running out of the panel", async ({
  page,
}) => {
  await openMap(page);
  await page.getByRole("button", { name: "Open…" }).click();
  const long = `https://example.org/${"a-very-long-path-segment-".repeat(12)}end`;
  await page.getByRole("textbox", { name: "Or paste a map" }).fill(
    JSON.stringify({
      title: "Long",
      speakers: [],
      claims: [{ id: "a", text: long, note: "x".repeat(300) }],
      links: [],
    }),
  );
  await page.getByRole("button", { name: "Open pasted map" }).click();
  await node(page, "a").click();
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(long);
  const overflow = await details(page).evaluate((e) => e.scrollWidth - e.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
