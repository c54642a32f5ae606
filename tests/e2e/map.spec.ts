import { expect, test } from "@playwright/test";
import { BUILT_IN, FIXTURE, intersects, nodeBoxes, openMap, watchErrors } from "./helpers";

for (const [name, fixture, map] of [
  ["the built-in map", undefined, BUILT_IN],
  ["a second map file", "school-week.json", FIXTURE],
] as const) {
  test.describe(name, () => {
    test("opens with no console errors, one node per claim and one edge per link", async ({
      page,
    }) => {
      const errors = watchErrors(page);
      await openMap(page, fixture);
      await expect(page.locator(".react-flow__node")).toHaveCount(map.claims.length);
      await expect(page.locator(".react-flow__edge")).toHaveCount(map.links.length);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(map.title);
      for (const claim of map.claims) {
        await expect(
          page.locator(`.react-flow__node[data-id="${claim.id}"] .claim-card__text`),
        ).toHaveText(claim.text);
      }
      expect(errors).toEqual([]);
    });

    test("no two claim cards overlap", async ({ page }) => {
      await openMap(page, fixture);
      const boxes = await nodeBoxes(page);
      expect(boxes).toHaveLength(map.claims.length);
      for (const box of boxes) expect(Number.isFinite(box.x) && box.height > 40).toBe(true);
      const overlaps: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          if (intersects(a, b)) overlaps.push(`${a.id} × ${b.id}`);
        }
      }
      expect(overlaps).toEqual([]);
    });

    test("support and dispute edges differ in dash and marker, and are labelled", async ({
      page,
    }) => {
      await openMap(page, fixture);
      const styles = await page.locator(".react-flow__edge").evaluateAll((edges) =>
        edges.map((edge) => {
          const path = edge.querySelector(".react-flow__edge-path") as SVGPathElement;
          return {
            label: edge.getAttribute("aria-label") ?? "",
            dash: getComputedStyle(path).strokeDasharray,
            marker: path.getAttribute("marker-end") ?? "",
          };
        }),
      );
      const support = styles.filter((s) => / supports /.test(s.label));
      const dispute = styles.filter((s) => / disputes /.test(s.label));
      expect(support.length).toBe(map.links.filter((l) => l.type === "support").length);
      expect(dispute.length).toBe(map.links.filter((l) => l.type === "dispute").length);
      for (const s of support) expect(s.dash).toBe("none");
      for (const d of dispute) expect(d.dash).not.toBe("none");
      expect(new Set(support.map((s) => s.marker)).size).toBeGreaterThan(0);
      for (const d of dispute) expect(support.map((s) => s.marker)).not.toContain(d.marker);
    });
  });
}

test("hostile text in a map is shown as text, never run as markup", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  await openMap(page, "school-week.json");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "A four-day school week <b>(test fixture)</b>",
  );
  await expect(page.locator(".react-flow__node[data-id='tired'] .claim-card__text")).toContainText(
    "<script>alert('x')</script>",
  );
  await expect(
    page.locator(".react-flow__node[data-id='childcare'] .claim-card__speaker"),
  ).toHaveText("<img src=x onerror=alert(1)> Parents' group");
  expect(await page.locator("main img, main script").count()).toBe(0);
  expect(dialogs).toBe(0);
});

test("a map URL that fails names the problem and keeps the built-in map", async ({ page }) => {
  await openMap(page, "missing.json").catch(() => undefined);
  await expect(page.getByRole("dialog")).toContainText("map URL /fixtures/missing.json");
  await expect(page.getByRole("dialog")).toContainText("404");
  await page.getByRole("button", { name: "Close", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(BUILT_IN.title);
});
