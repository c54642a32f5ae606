import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { BUILT_IN, openMap, watchErrors } from "./helpers";

const details = (page: Page) => page.getByRole("complementary", { name: "Claim details" });
const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

test("edit a claim's text, then undo and redo it", async ({ page }) => {
  await openMap(page);
  await page.getByRole("button", { name: "Fit View" }).click();
  await node(page, "ridiculous").click();
  await details(page).getByRole("button", { name: "Edit claim" }).click();
  const text = details(page).getByRole("textbox", { name: "Text" });
  await text.fill("Balancing China and Japan is beyond Seoul's reach.");
  await details(page).getByRole("button", { name: "Save" }).click();
  await expect(node(page, "ridiculous").locator(".claim-card__text")).toHaveText(
    "Balancing China and Japan is beyond Seoul's reach.",
  );
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(node(page, "ridiculous").locator(".claim-card__text")).toHaveText(
    "The idea that South Korea could balance China and Japan is plainly ridiculous.",
  );
  await page.locator("body").press("Control+Shift+Z");
  await expect(node(page, "ridiculous").locator(".claim-card__text")).toHaveText(
    "Balancing China and Japan is beyond Seoul's reach.",
  );
  await page.locator("body").press("Control+z");
  await expect(node(page, "ridiculous").locator(".claim-card__text")).toContainText(
    "plainly ridiculous",
  );
});

test("a quote that is not in the source is refused with a reason, and nothing changes", async ({
  page,
}) => {
  await openMap(page);
  await node(page, "ridiculous").click();
  await details(page).getByRole("button", { name: "Edit claim" }).click();
  await details(page)
    .getByRole("textbox", { name: /Exact words/ })
    .fill("words nobody wrote");
  await details(page).getByRole("button", { name: "Save" }).click();
  await expect(details(page).getByRole("alert")).toHaveText(/does not occur word for word/);
  await details(page).getByRole("button", { name: "Cancel" }).click();
  await expect(details(page).locator("blockquote")).toContainText("plainly ridiculous");
});

test("add a claim, link it by dragging, change and remove the link, delete the claim", async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openMap(page);
  await page.getByRole("button", { name: "Add claim" }).click();
  await details(page)
    .getByRole("textbox", { name: "Text" })
    .fill("Seoul needs both allies and room of its own.");
  await details(page).getByRole("button", { name: "Save" }).click();
  await expect(page.locator(".react-flow__node")).toHaveCount(BUILT_IN.claims.length + 1);
  const added = page.locator(".react-flow__node", { hasText: "Seoul needs both allies" });
  await expect(added).toBeVisible();
  const id = await added.getAttribute("data-id");

  // Drag from the new claim's handle to another claim's handle.
  await page.getByRole("button", { name: "Fit View" }).click();
  await added.hover();
  const from = (await added.locator(".react-flow__handle.source").boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  const target = node(page, "need-the-us");
  await target.hover();
  const to = (await target.locator(".react-flow__handle.target").boundingBox())!;
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 15 });
  await page.mouse.up();
  const chooser = page.getByRole("dialog", { name: "New link" });
  await chooser.getByRole("button", { name: "Supports" }).click();
  await expect(page.locator(".react-flow__edge")).toHaveCount(BUILT_IN.links.length + 1);

  await added.click();
  await details(page).getByRole("combobox", { name: "Relation" }).selectOption("dispute");
  await expect(
    page
      .locator(`.react-flow__edge[data-id="l1"]`)
      .or(page.locator(".react-flow__edge", { has: page.locator(".relation-edge--dispute") }))
      .first(),
  ).toBeVisible();
  await expect(details(page)).toContainText("disputes");
  await details(page).getByRole("button", { name: "Remove this link" }).click();
  await expect(page.locator(".react-flow__edge")).toHaveCount(BUILT_IN.links.length);

  await details(page).getByRole("button", { name: "Delete claim…" }).click();
  await expect(details(page).getByRole("group", { name: "Confirm deletion" })).toContainText(
    "Delete this claim?",
  );
  await details(page).getByRole("button", { name: "Delete", exact: true }).click();
  await expect(page.locator(`.react-flow__node[data-id="${id}"]`)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("deleting a linked claim asks first, naming its links", async ({ page }) => {
  await openMap(page);
  await node(page, "balancing-power").click();
  await details(page).getByRole("button", { name: "Delete claim…" }).click();
  const links = BUILT_IN.links.filter(
    (l) => l.from === "balancing-power" || l.to === "balancing-power",
  ).length;
  await expect(details(page).getByRole("group", { name: "Confirm deletion" })).toContainText(
    `Delete this claim and its ${links} links?`,
  );
  await details(page).getByRole("button", { name: "Keep" }).click();
  await expect(page.locator(".react-flow__node")).toHaveCount(BUILT_IN.claims.length);
});

for (const [file, path] of [
  ["not-json.json", "(file)"],
  ["empty.json", "(file)"],
  ["binary.json", "(file)"],
  ["deep.json", "(file)"],
  ["dangling.json", "claims[0].speaker"],
  ["newer.json", "version"],
  ["wrong-types.json", "title"],
] as const) {
  test(`a bad file (${file}) is refused, naming ${path}, and the map is unchanged`, async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await openMap(page);
    await page.getByRole("button", { name: "Open…" }).click();
    await page.getByLabel("A map file (JSON)").setInputFiles(`tests/fixtures/bad/${file}`);
    const dialog = page.getByRole("dialog", { name: /could not be opened/ });
    await expect(dialog).toContainText(path);
    await dialog.getByRole("button", { name: "Close", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(BUILT_IN.title);
    await expect(page.locator(".react-flow__node")).toHaveCount(BUILT_IN.claims.length);
    expect(errors).toEqual([]);
  });
}

test("open a map by pasting it, by dropping it, and go back to the example", async ({ page }) => {
  await openMap(page);
  await page.getByRole("button", { name: "Open…" }).click();
  await page
    .getByRole("textbox", { name: "Or paste a map" })
    .fill(readFileSync("tests/fixtures/school-week.json", "utf8"));
  await page.getByRole("button", { name: "Open pasted map" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "A four-day school week <b>(test fixture)</b>",
  );

  const text = readFileSync("tests/fixtures/bad/dangling.json", "utf8");
  await page.evaluate((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], "dropped.json", { type: "application/json" }));
    window.dispatchEvent(
      new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }),
    );
  }, text);
  await expect(page.getByRole("dialog", { name: /dropped\.json/ })).toContainText(
    'claims[0].speaker: there is no speaker with id "ghost"',
  );
  await page
    .getByRole("dialog", { name: /dropped\.json/ })
    .getByRole("button", { name: "Close", exact: true })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "A four-day school week <b>(test fixture)</b>",
  );

  await page.getByRole("button", { name: "Open…" }).click();
  await page.getByRole("button", { name: "Example: the South Korea–US alliance" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(BUILT_IN.title);
});
