import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { BUILT_IN, openMap, seriousAxeViolations, watchErrors, pasteMap } from "./helpers";

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
    await page
      .getByLabel("A map file (or a map and its text), or an article")
      .setInputFiles(`tests/fixtures/bad/${file}`);
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
  await pasteMap(page, readFileSync("tests/fixtures/school-week.json", "utf8"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "A four-day school week <b>(test fixture)</b>",
  );
  // Opening is undoable: the map it replaced is one Undo away.
  await expect(
    page.getByRole("status").filter({ hasText: "Undo (Ctrl+Z) brings back" }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(BUILT_IN.title);
  await page.getByRole("button", { name: "Redo" }).click();
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

test("add, rename and delete speakers and topics; deleting one in use asks about its claims", async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openMap(page);
  await page.getByRole("button", { name: "Speakers & topics…" }).click();
  const dialog = page.getByRole("dialog", { name: "Speakers and topics" });

  // Rename: the filters follow.
  const name = dialog.getByRole("textbox", { name: "Name of speaker “Peter Beck”" });
  await name.fill("Peter Beck (ICG)");
  await name.press("Enter");
  await expect(
    dialog.getByRole("textbox", { name: "Name of speaker “Peter Beck (ICG)”" }),
  ).toHaveValue("Peter Beck (ICG)");

  // A rename to nothing is refused with a reason.
  await dialog.getByRole("textbox", { name: "Name of speaker “Kim Jong Il”" }).fill("  ");
  await dialog.getByRole("textbox", { name: "Name of speaker “Kim Jong Il”" }).press("Enter");
  await expect(dialog.getByRole("alert")).toHaveText("A speaker needs a name.");

  // Add a speaker and a topic.
  await dialog.getByRole("textbox", { name: "New speaker’s name" }).fill("A new voice");
  await dialog.getByRole("button", { name: "Add speaker" }).click();
  await expect(
    dialog.getByRole("textbox", { name: "Name of speaker “A new voice”" }),
  ).toBeVisible();
  await dialog.getByRole("textbox", { name: "New topic’s name" }).fill("Trade");
  await dialog.getByRole("button", { name: "Add topic" }).click();
  await expect(dialog.getByRole("textbox", { name: "Name of topic “Trade”" })).toBeVisible();

  // Deleting a speaker with claims asks; their claims go to another speaker.
  const rohId = BUILT_IN.speakers.find((s) => s.name === "Roh Moo-hyun")?.id;
  const roh = BUILT_IN.claims.filter((c) => c.speaker === rohId).length;
  await dialog.getByRole("button", { name: "Delete speaker “Roh Moo-hyun”…" }).click();
  const choice = dialog.getByRole("group", { name: /Delete “Roh Moo-hyun”: what happens to its/ });
  await expect(choice).toContainText(`${roh} claims`);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await choice.getByRole("combobox", { name: "Speaker to take the claims" }).selectOption({
    label: "A new voice",
  });
  await choice.getByRole("button", { name: "Delete speaker “Roh Moo-hyun”" }).click();
  await expect(dialog.getByRole("textbox", { name: "Name of speaker “Roh Moo-hyun”" })).toHaveCount(
    0,
  );
  await expect(
    dialog
      .getByRole("listitem")
      .filter({ has: page.getByRole("textbox", { name: "Name of speaker “A new voice”" }) }),
  ).toContainText(`${roh} claims`);

  // Deleting a topic in use can keep the claims, untagged.
  await dialog.getByRole("button", { name: "Delete topic “The balancer idea”…" }).click();
  const topicChoice = dialog.getByRole("group", { name: /Delete “The balancer idea”/ });
  await topicChoice.getByRole("radio", { name: "Keep them, without this topic" }).check();
  await topicChoice.getByRole("button", { name: "Delete topic “The balancer idea”" }).click();
  await dialog.getByRole("button", { name: "Close", exact: true }).click();

  await expect(page.getByRole("checkbox", { name: "Peter Beck (ICG)" })).toBeAttached();
  await expect(page.getByRole("checkbox", { name: "Roh Moo-hyun" })).toHaveCount(0);
  await expect(page.getByRole("checkbox", { name: "The balancer idea" })).toHaveCount(0);
  await expect(page.locator(".react-flow__node")).toHaveCount(BUILT_IN.claims.length);
  // Each change is one undo step.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("checkbox", { name: "The balancer idea" })).toBeAttached();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("checkbox", { name: "Roh Moo-hyun" })).toBeAttached();
  expect(errors).toEqual([]);
});

test("undo and redo round-trip through a sequence of edits", async ({ page }) => {
  await openMap(page);
  const texts = async () =>
    page
      .locator(".react-flow__node .claim-card__text")
      .evaluateAll((els) => els.map((e) => e.textContent ?? "").sort());
  const before = await texts();
  // Three different edits: text (a double click on the card opens its editor), a new
  // claim, a deleted claim.
  await node(page, "ridiculous").dblclick();
  await details(page).getByRole("textbox", { name: "Text" }).fill("Edited once.");
  await details(page).getByRole("button", { name: "Save" }).click();
  await page.getByRole("button", { name: "Add claim" }).click();
  await details(page).getByRole("textbox", { name: "Text" }).fill("A claim of my own.");
  await details(page).getByRole("button", { name: "Save" }).click();
  await expect(page.locator(".react-flow__node")).toHaveCount(BUILT_IN.claims.length + 1);
  await node(page, "ridiculous").click();
  await details(page).getByRole("button", { name: "Delete claim…" }).click();
  await details(page)
    .getByRole("group", { name: "Confirm deletion" })
    .getByRole("button", { name: /^Delete/ })
    .click();
  await expect(page.locator(".react-flow__node")).toHaveCount(BUILT_IN.claims.length);
  const after = await texts();
  expect(after).not.toEqual(before);

  const undo = page.getByRole("button", { name: "Undo" });
  const redo = page.getByRole("button", { name: "Redo" });
  // Undo and redo pair up for every edit (the added claim's text was its own edit).
  let steps = 0;
  while (await undo.isEnabled()) {
    await undo.click();
    steps++;
  }
  expect(await texts()).toEqual(before);
  for (let i = 0; i < steps; i++) await redo.click();
  await expect(redo).toBeDisabled();
  expect(await texts()).toEqual(after);
});
