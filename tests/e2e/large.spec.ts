import { expect, test } from "@playwright/test";
import { generateMap } from "../../src/model/testing/generateMap";
import { serializeMap } from "../../src/model/format/serializeMap";
import { intersects, nodeBoxes } from "./helpers";

test.setTimeout(180_000);

test("a 2,000-claim map loads, draws its first view without overlaps, and filters correctly", async ({
  page,
}) => {
  const map = generateMap({ claims: 2000, seed: 2000 });
  await page.route(
    (url) => url.pathname === "/generated/2000.json",
    (route) => route.fulfill({ body: serializeMap(map), contentType: "application/json" }),
  );
  await page.goto("/?map=/generated/2000.json");
  await expect(page.locator(".react-flow__node").first()).toBeVisible({ timeout: 90_000 });
  await expect(page.locator(".status").getByRole("status")).toHaveText(
    "Showing 2,000 of 2,000 claims · 24 speakers",
  );
  // Only the cards in view are drawn, and none of them overlap.
  const boxes = await nodeBoxes(page);
  expect(boxes.length).toBeGreaterThan(5);
  expect(boxes.length).toBeLessThan(2000);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      expect(intersects(boxes[i]!, boxes[j]!), `${boxes[i]!.id} × ${boxes[j]!.id}`).toBe(false);

  // Filter to one speaker, hidden: the count and the drawn cards follow.
  const theirs = map.claims.filter((c) => c.speaker === "s0").map((c) => c.id);
  await page.getByRole("button", { name: "Only Speaker 1", exact: true }).click({ force: true });
  await page.getByRole("radio", { name: "hide" }).check();
  await expect(page.locator(".status").getByRole("status")).toHaveText(
    `Showing ${theirs.length} of 2,000 claims · 1 speaker`,
  );
  const drawn = await page
    .locator(".react-flow__node")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-id")));
  expect(drawn.every((id) => theirs.includes(id ?? ""))).toBe(true);
  const edges = await page
    .locator(".react-flow__edge")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-id")));
  const allowed = new Set(
    map.links.filter((l) => theirs.includes(l.from) && theirs.includes(l.to)).map((l) => l.id),
  );
  expect(edges.every((id) => allowed.has(id ?? ""))).toBe(true);
});
