import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { parseMap } from "../../src/model/format/loadMap";
import { BUILT_IN, openMap, watchErrors } from "./helpers";
import { progressSeen, recordProgress } from "./progress";
import { dragOver } from "./sourceText";

// An article written for this test, with attributions in several forms: "said X", "X said",
// "She added", a quotation continuing Patel's, "According to", "the chamber said". Its last
// quotation repeats words Patel said earlier, so the same words occur twice.
const ARTICLE = `City council weighs a new tram line

The city council debated on Tuesday whether to build a tram line along the river. "A tram would take ten thousand cars off the road every day," said Mayor Lena Fischer. She added that the line would pay for itself within twenty years.

Opposition councillor Raj Patel disagrees. "The cost estimates are fantasy," Patel said. "Every tram project in this region has run over budget."

According to the Chamber of Commerce, shops along the route would lose trade during years of construction. "Every tram project in this region has run over budget," the chamber said in a statement.`;

const REPEATED = "Every tram project in this region has run over budget";
const SECOND = ARTICLE.lastIndexOf(REPEATED);

/** Starts a new, empty map from the Open dialog. */
async function newMap(page: Page) {
  await openMap(page);
  await page.getByRole("button", { name: "Open…" }).click();
  await page.getByRole("button", { name: "New map" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Untitled map");
  await expect(page.locator(".react-flow__node")).toHaveCount(0);
}

const sourceText = (page: Page) => page.getByRole("document", { name: /^Source text/ });

test("map a new article: add it, accept its speakers, three claims from passages (one by keyboard), link them, undo, reload, export", async ({
  page,
}) => {
  const errors = watchErrors(page);
  await newMap(page);

  // The source: pasted, with a title.
  await page.getByRole("button", { name: "Add a source…" }).click();
  const add = page.getByRole("dialog", { name: "Add a source" });
  await add.getByRole("textbox", { name: "Title" }).fill("Tram debate");
  await add.getByRole("textbox", { name: "Or paste its text" }).fill(ARTICLE);
  await add.getByRole("button", { name: "Add pasted text" }).click();

  // The speakers it names, proposed in one place; all three kept, one renamed.
  const cast = page.getByRole("dialog", { name: "Speakers in this source" });
  await expect(cast.getByRole("textbox")).toHaveCount(3);
  await expect(cast.getByRole("textbox", { name: "Name for Lena Fischer" })).toHaveValue(
    "Lena Fischer",
  );
  await expect(cast.getByRole("textbox", { name: "Name for Raj Patel" })).toHaveValue("Raj Patel");
  await expect(cast.getByRole("textbox", { name: "Name for Chamber of Commerce" })).toHaveValue(
    "Chamber of Commerce",
  );
  await expect(cast.getByRole("checkbox", { name: "Keep Raj Patel" })).toBeChecked();
  await cast.getByRole("textbox", { name: "Name for Lena Fischer" }).fill("Mayor Lena Fischer");
  await cast.getByRole("button", { name: "Add 3 speakers" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added 3 speakers" })).toBeVisible();
  const pane = page.getByRole("region", { name: "Source text" });
  await expect(pane.getByRole("heading", { name: "Tram debate" })).toBeVisible();
  await expect(pane).toContainText("0 of 9 sentences");

  // Claim 1, by mouse: the quotation, and the speaker the text gives, confirmed by the user.
  await dragOver(page, "A tram would take ten thousand cars off the road every day");
  await pane.getByRole("button", { name: "Claim from selection" }).click();
  const editor = page.getByRole("form", { name: "Edit claim" });
  await expect(editor.getByRole("textbox", { name: "Text" })).toHaveValue(
    "A tram would take ten thousand cars off the road every day.",
  );
  // Suggested, never set silently.
  await expect(editor.getByRole("combobox", { name: "Speaker" })).toHaveValue("");
  await expect(editor.getByRole("status")).toContainText("Suggested speaker: Mayor Lena Fischer");
  await editor.getByRole("button", { name: "Use Mayor Lena Fischer" }).click();
  await expect(editor.getByRole("combobox", { name: "Speaker" })).not.toHaveValue("");
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(page.locator(".react-flow__node")).toHaveCount(1);
  await expect(pane).toContainText("1 of 9 sentences");

  // Claim 2, by keyboard only: Tab to the text, move sentence by sentence, Enter.
  await page.keyboard.press("Escape");
  for (let i = 0; i < 80; i++) {
    if (await sourceText(page).evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press("Tab");
  }
  await expect(sourceText(page)).toBeFocused();
  for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowDown");
  await expect
    .poll(() => page.evaluate(() => window.getSelection()?.toString()))
    .toBe('"The cost estimates are fantasy," Patel said.');
  await page.keyboard.press("Enter");
  const text = editor.getByRole("textbox", { name: "Text" });
  await expect(text).toBeFocused();
  await expect(text).toHaveValue("The cost estimates are fantasy.");
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("The tram's cost estimates are unrealistic.");
  await page.keyboard.press("Tab");
  await expect(editor.getByRole("button", { name: "Use Raj Patel" })).toBeFocused();
  await page.keyboard.press("Enter");
  // The suggestion goes once taken; the keyboard is on the speaker it set.
  await expect(editor.getByRole("combobox", { name: "Speaker" })).toBeFocused();
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(editor).toBeHidden();
  await expect(page.locator(".react-flow__node")).toHaveCount(2);

  // Claim 3: the second time the same words occur, which the claim keeps.
  await dragOver(page, REPEATED, 1);
  await pane.getByRole("button", { name: "Claim from selection" }).click();
  await expect(editor.getByRole("status")).toContainText("Suggested speaker: Chamber of Commerce");
  await editor.getByRole("button", { name: "Use Chamber of Commerce" }).click();
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(page.locator(".react-flow__node")).toHaveCount(3);
  const marks = pane.locator("mark.source-quote");
  await expect(marks).toHaveCount(3);
  await expect(marks.filter({ hasText: REPEATED })).toHaveAttribute("data-start", String(SECOND));
  await expect(pane).toContainText("3 of 9 sentences");

  // Link two claims through the picker, by keyboard.
  await page.locator(".react-flow__node", { hasText: "cost estimates are unrealistic" }).click();
  await page.getByRole("button", { name: "Disputes…" }).click();
  const picker = page.getByRole("dialog", { name: /disputes/i });
  await picker.getByRole("combobox").fill("ten thousand cars");
  await expect(picker.getByRole("option")).toHaveCount(1);
  await page.keyboard.press("Enter");
  await expect(picker).toBeHidden();
  await expect(page.locator(".react-flow__edge")).toHaveCount(1);

  // Undo and redo.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.locator(".react-flow__edge")).toHaveCount(0);
  await page.getByRole("button", { name: "Redo" }).click();
  await expect(page.locator(".react-flow__edge")).toHaveCount(1);

  // Reload: the autosaved map comes back, source and all.
  await page.reload();
  await expect(page.locator(".react-flow__node")).toHaveCount(3);
  await expect(page.locator(".react-flow__edge")).toHaveCount(1);
  await expect(page.getByRole("heading", { name: "Tram debate" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Source text" })).toContainText("3 of 9 sentences");

  // Export JSON: it loads through the one loader, every quote verbatim, the chosen occurrence kept.
  await page.getByRole("button", { name: "Export…" }).click();
  const dialog = page.getByRole("dialog", { name: "Export" });
  await dialog.getByRole("radio", { name: "JSON (map file)" }).check();
  const download = page.waitForEvent("download");
  await dialog.getByRole("button", { name: "Export JSON" }).click();
  const loaded = parseMap(readFileSync(await (await download).path(), "utf8"));
  expect(loaded.ok).toBe(true);
  if (!loaded.ok) return;
  const { map } = loaded;
  expect(map.sources).toHaveLength(1);
  expect(map.sources[0]!.text).toBe(ARTICLE);
  expect(map.speakers.map((s) => s.name)).toEqual([
    "Mayor Lena Fischer",
    "Raj Patel",
    "Chamber of Commerce",
  ]);
  expect(map.claims).toHaveLength(3);
  for (const claim of map.claims) {
    const quote = claim.quote!;
    const at = quote.at ?? ARTICLE.indexOf(quote.text);
    expect(ARTICLE.slice(at, at + quote.text.length)).toBe(quote.text);
    expect(claim.speaker).toBeDefined();
  }
  const repeated = map.claims.find((c) => c.quote?.text === REPEATED)!;
  expect(repeated.quote!.at).toBe(SECOND);
  expect(map.links).toHaveLength(1);
  expect(map.links[0]!.type).toBe("dispute");
  expect(errors).toEqual([]);
});

test("an HTML page becomes a source as text: its scripts never run, its paragraphs are kept", async ({
  page,
}) => {
  const errors = watchErrors(page);
  await newMap(page);
  const html = `<!doctype html><html><head><title>Hostile page</title>
<script>window.__canary = "script ran";</script></head>
<body onload="window.__canary = 'onload ran'">
<h1>A quiet headline</h1>
<p>First paragraph, with <b>bold</b> words.</p>
<img src="x" onerror="window.__canary = 'onerror ran'">
<p>Second paragraph<script>window.__canary = "inline ran"</script> ends here.</p>
<iframe src="javascript:parent.__canary='iframe ran'"></iframe>
</body></html>`;
  // Through the Open dialog, which hands an article to "Add a source".
  await page.getByRole("button", { name: "Open…" }).click();
  await page.getByLabel("A map file (or a map and its text), or an article").setInputFiles({
    name: "hostile.html",
    mimeType: "text/html",
    buffer: Buffer.from(html),
  });
  await expect(
    page
      .getByRole("dialog", { name: "Speakers in this source" })
      .or(page.getByRole("heading", { name: "Hostile page" })),
  ).toBeVisible();
  const pane = page.getByRole("region", { name: "Source text" });
  await expect(pane.getByRole("heading", { name: "Hostile page" })).toBeVisible();
  const paragraphs = pane.locator(".source-pane__paragraph");
  await expect(paragraphs).toHaveText([
    "A quiet headline",
    "First paragraph, with bold words.",
    "Second paragraph ends here.",
  ]);
  await expect(pane.locator("b, img, script, iframe")).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __canary?: string }).__canary)).toBeUndefined();
  expect(errors).toEqual([]);
});

test("a PDF's words arrive in order, with progress; bad files are refused with a reason and change nothing", async ({
  page,
  browser,
}) => {
  // A PDF made here from a known text, two pages long.
  const sentences = Array.from(
    { length: 60 },
    (_, i) => `Sentence number ${i + 1} of the known document says something plain.`,
  );
  const maker = await browser.newPage();
  await maker.setContent(
    `<body style="font: 14px serif">${sentences.map((s) => `<p>${s}</p>`).join("")}</body>`,
  );
  const pdf = await maker.pdf({ format: "A4" });
  // And one with no text at all, as a scan would be.
  await maker.setContent(
    `<body><div style="width:400px;height:300px;background:linear-gradient(red,blue)"></div></body>`,
  );
  const scan = await maker.pdf({ format: "A4" });
  await maker.close();

  await newMap(page);
  await page.getByRole("button", { name: "Add a source…" }).click();
  const add = page.getByRole("dialog", { name: "Add a source" });
  const file = add.getByLabel("A file (.txt, .md, .html or .pdf)");
  const refused = async (name: string, buffer: Buffer, reason: RegExp) => {
    await file.setInputFiles({ name, mimeType: "application/octet-stream", buffer });
    await expect(add.getByRole("alert")).toContainText(reason);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Untitled map");
  };
  await refused("empty.txt", Buffer.from(""), /empty/);
  await refused(
    "picture.txt",
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0, 1, 2, 3]),
    /PNG/,
  );
  await refused(
    "broken.pdf",
    Buffer.from("%PDF-1.7\nthis is not really a PDF at all"),
    /could not be read as a PDF/,
  );
  await refused("scan.pdf", scan, /no text/);
  await refused("huge.txt", Buffer.from("word ".repeat(1_100_000)), /at most 5,000,000/);
  await expect(page.getByRole("region", { name: "Source text" })).toContainText(
    "This map carries no source text yet",
  );

  // Progress, as the dialog shows it page by page.
  await recordProgress(page);
  await file.setInputFiles({
    name: "known-document.pdf",
    mimeType: "application/pdf",
    buffer: pdf,
  });
  const cast = page.getByRole("dialog", { name: "Speakers in this source" });
  const pane = page.getByRole("region", { name: "Source text" });
  await expect(pane.locator(".source-pane__text")).toContainText("Sentence number 60");
  await expect(cast).toHaveCount(0);
  const progress = await progressSeen(page);
  expect(
    progress.some((p) => /^Reading page \d+ of \d+/.test(p)),
    progress.join(" | "),
  ).toBe(true);
  const text = (await pane.locator(".source-pane__text").textContent()) ?? "";
  let from = -1;
  for (const sentence of sentences) {
    const at = text.indexOf(sentence);
    expect(at, sentence).toBeGreaterThan(from);
    from = at;
  }
});

test("a source's details, text and deletion: quotes still there stay, lost ones are listed to fix, deleting asks", async ({
  page,
}) => {
  await openMap(page);
  const pane = page.getByRole("region", { name: "Source text" });
  await expect(pane.locator("mark.source-quote").first()).toBeVisible();

  // Details: the address is checked as for speakers.
  await pane.getByRole("button", { name: "Details…" }).click();
  const details = page.getByRole("dialog", { name: "The source’s details" });
  await details.getByRole("textbox", { name: "Address (URL)" }).fill("javascript:alert(1)");
  await details.getByRole("button", { name: "Save" }).click();
  await expect(details.getByRole("alert")).toContainText("must be a web address");
  await details.getByRole("textbox", { name: "Address (URL)" }).fill("https://example.org/voa");
  await details.getByRole("textbox", { name: "Publisher" }).fill("VOA News");
  await details.getByRole("button", { name: "Save" }).click();
  await expect(details).toBeHidden();
  await expect(pane).toContainText("VOA News");

  // Text: one quoted sentence reworded, the rest kept.
  const quoted = "The idea that South Korea could balance China and Japan";
  await pane.getByRole("button", { name: "Edit text…" }).click();
  const editor = page.getByRole("dialog", { name: /^Edit the text of/ });
  const field = editor.getByRole("textbox", { name: "Text" });
  const before = await field.inputValue();
  expect(before).toContain(quoted);
  await field.fill(before.replace(quoted, "The notion that Seoul could balance China and Japan"));
  await editor.getByRole("button", { name: "Save the text" }).click();
  await expect(editor).toBeHidden();
  const fix = pane.getByRole("group", { name: "Quotes to fix" });
  await expect(fix).toContainText("One quote no longer matches the edited text");
  await expect(fix.getByRole("listitem")).toHaveCount(1);
  // Only that one: every other quote found its words again (a lost one would be listed).
  const quotes = BUILT_IN.claims.filter((c) => c.quote).length;
  await fix
    .getByRole("button", { name: /^Fix… the quote of “The idea that South Korea could balance/ })
    .click();
  const claimEditor = page.getByRole("form", { name: "Edit claim" });
  await expect(claimEditor).toBeVisible();
  await claimEditor
    .getByRole("textbox", { name: /^Exact words from/ })
    .fill("The notion that Seoul could balance China and Japan");
  await claimEditor.getByRole("button", { name: "Save" }).click();
  await expect(fix).toHaveCount(0);

  // Undo brings the old text and the old quote back, one step each.
  await page.getByRole("button", { name: "Undo" }).click();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(fix).toHaveCount(0);
  await expect(pane.locator(".source-pane__text")).toContainText(quoted);

  // Delete: asks what happens to the claims that quote it.
  await pane.getByRole("button", { name: "Delete…" }).click();
  const remove = page.getByRole("dialog", { name: /^Delete “/ });
  await expect(remove).toContainText(`${quotes} claims quote it`);
  await remove.getByRole("radio", { name: /^Keep them, without their quotes/ }).check();
  await remove.getByRole("button", { name: "Delete source" }).click();
  await expect(page.locator(".react-flow__node")).toHaveCount(BUILT_IN.claims.length);
  await expect(pane).toContainText("This map carries no source text yet");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(pane.locator("mark.source-quote").first()).toBeVisible();
});
