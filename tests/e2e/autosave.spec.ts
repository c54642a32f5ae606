import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import {
  BUILT_IN,
  FIXTURE,
  openMap,
  seriousAxeViolations,
  watchErrors,
  failSaves,
} from "./helpers";

const details = (page: Page) => page.getByRole("complementary", { name: "Claim details" });
const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const cardText = (page: Page, id: string) => node(page, id).locator(".claim-card__text");

async function editText(page: Page, id: string, text: string) {
  await node(page, id).click();
  await details(page).getByRole("button", { name: "Edit claim" }).click();
  await details(page).getByRole("textbox", { name: "Text" }).fill(text);
  await details(page).getByRole("button", { name: "Save" }).click();
  await expect(cardText(page, id)).toHaveText(text);
}

/** The map text of the working copy in the page's IndexedDB, or null. */
function storedMapText(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open("argument-map");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction("saves").objectStore("saves").get("working");
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            const record = get.result as { mapText?: string } | undefined;
            resolve(record?.mapText ?? null);
            open.result.close();
          };
        };
      }),
  );
}

/** Waits until autosave has written a working copy containing `text`. */
async function savedWith(page: Page, text: string) {
  await expect.poll(async () => (await storedMapText(page)) ?? "").toContain(text);
}

const fixtureClaim = FIXTURE.claims[0]?.id ?? "";

for (const [name, pause] of [
  ["after autosave has run", null],
  ["100 ms after the edit", 100],
] as const) {
  test(`a second map, edited, comes back after a reload ${name}`, async ({ page }) => {
    const errors = watchErrors(page);
    await openMap(page, "school-week.json");
    // The map from ?map= is now the working copy; a reload must not fetch it again.
    await expect.poll(() => new URL(page.url()).searchParams.has("map")).toBe(false);
    await editText(page, fixtureClaim, "Four days, but longer ones.");
    await node(page, "savings").click();
    if (pause === null) await savedWith(page, "Four days, but longer ones.");
    else await page.waitForTimeout(pause);
    await page.reload();
    await expect(page.locator(".react-flow__node")).toHaveCount(FIXTURE.claims.length);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(FIXTURE.title);
    await expect(cardText(page, fixtureClaim)).toHaveText("Four days, but longer ones.");
    // The view came back too: the selection is in the details panel.
    await expect(details(page).getByRole("heading", { level: 2 })).toContainText(
      "A four-day week saves money.",
    );
    expect(errors).toEqual([]);
  });
}

test("a full quota shows the banner, editing goes on, and the next good save clears it", async ({
  page,
}) => {
  const errors = watchErrors(page);
  await failSaves(page);
  await openMap(page);
  await page.evaluate(() => {
    (window as unknown as { __failPuts?: boolean }).__failPuts = true;
  });
  await editText(page, "ridiculous", "First edit, not saved.");
  const banner = page.getByRole("region", { name: /Changes are not being saved/ });
  await expect(banner).toContainText("Changes are not being saved — download your map.");
  await expect(banner).toContainText("QuotaExceededError");
  expect(await seriousAxeViolations(page)).toEqual([]);
  // Editing keeps working, and the map can be taken away.
  await editText(page, "ridiculous", "Second edit, still not saved.");
  const download = page.waitForEvent("download");
  await banner.getByRole("button", { name: "Download map" }).click();
  const file = await download;
  expect(readFileSync(await file.path(), "utf8")).toContain("Second edit, still not saved.");
  // Storage recovers: the next save goes through and the banner goes.
  await page.evaluate(() => {
    (window as unknown as { __failPuts?: boolean }).__failPuts = false;
  });
  await editText(page, "ridiculous", "Third edit, saved.");
  await expect(banner).toHaveCount(0);
  await savedWith(page, "Third edit, saved.");
  expect(errors).toEqual([]);
});

test("a stale tab's save does not clobber the fresh one", async ({ context }) => {
  const fresh = await context.newPage();
  const stale = await context.newPage();
  // The stale tab never hears the other's saves, as with a browser without BroadcastChannel.
  await stale.addInitScript(() => {
    Object.defineProperty(window, "BroadcastChannel", { value: undefined });
  });
  await openMap(fresh);
  await openMap(stale);
  await editText(fresh, "ridiculous", "Fresh tab's words.");
  await savedWith(fresh, "Fresh tab's words.");
  await editText(stale, "ridiculous", "Stale tab's words.");
  const banner = stale.getByRole("region", { name: /changed in another tab/ });
  await expect(banner).toBeVisible();
  // The stored copy is still the fresh tab's.
  await expect.poll(() => storedMapText(fresh)).toContain("Fresh tab's words.");
  expect(await storedMapText(fresh)).not.toContain("Stale tab's words.");
  // The stale tab can take the newer version.
  await banner.getByRole("button", { name: "Load the other tab’s version" }).click();
  await expect(cardText(stale, "ridiculous")).toHaveText("Fresh tab's words.");
  await expect(banner).toHaveCount(0);
});

test("a tab without changes of its own follows another tab's saves", async ({ context }) => {
  const one = await context.newPage();
  const two = await context.newPage();
  await openMap(one);
  await openMap(two);
  await editText(one, "ridiculous", "Written in tab one.");
  await expect(cardText(two, "ridiculous")).toHaveText("Written in tab one.");
  await expect(two.getByRole("status").filter({ hasText: "another tab" })).toBeVisible();
});

const UNREADABLE = [
  {
    what: "from a newer version",
    record: { app: "argument-map-autosave", format: 99, revision: 7, mapText: "future" },
    reason: "saved by a newer version of this app (format 99",
  },
  {
    what: "that is damaged",
    record: {
      app: "argument-map-autosave",
      format: 1,
      revision: 3,
      savedAt: "2026-11-29T08:00:00.000Z",
      tab: "t",
      mapText: '{"title": "cut off',
      view: "",
      positions: [],
    },
    reason: "its map is not valid: (file)",
  },
];

for (const { what, record: unreadable, reason } of UNREADABLE)
  test(`saved data ${what} is kept, not overwritten, and offered`, async ({ page }) => {
    const errors = watchErrors(page);
    await openMap(page);
    await page.evaluate(
      (record) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open("argument-map");
          open.onsuccess = () => {
            const tx = open.result.transaction("saves", "readwrite");
            tx.objectStore("saves").put(record, "working");
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      unreadable,
    );
    await page.reload();
    await expect(page.locator(".react-flow__node")).toHaveCount(BUILT_IN.claims.length);
    const banner = page.getByRole("region", { name: /could not be restored/ });
    await expect(banner).toContainText(reason);
    const download = page.waitForEvent("download");
    await banner.getByRole("button", { name: "Download saved data" }).click();
    expect(JSON.parse(readFileSync(await (await download).path(), "utf8"))).toEqual(unreadable);
    // New work is saved, and the unreadable data is still there under a key of its own.
    await editText(page, "ridiculous", "New work after the unreadable copy.");
    await savedWith(page, "New work after the unreadable copy.");
    const kept = await page.evaluate(
      () =>
        new Promise<unknown[]>((resolve) => {
          const open = indexedDB.open("argument-map");
          open.onsuccess = () => {
            const all = open.result.transaction("saves").objectStore("saves").getAll();
            all.onsuccess = () => resolve(all.result as unknown[]);
          };
        }),
    );
    expect(kept).toContainEqual(unreadable);
    expect(errors).toEqual([]);
  });

test("saved work is found even when localStorage was cleared on its own", async ({ page }) => {
  await openMap(page);
  await editText(page, "ridiculous", "Saved before localStorage was cleared.");
  await savedWith(page, "Saved before localStorage was cleared.");
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(cardText(page, "ridiculous")).toHaveText("Saved before localStorage was cleared.");
  await expect(
    page.getByRole("status").filter({ hasText: "saved map was restored" }),
  ).toBeVisible();
});
