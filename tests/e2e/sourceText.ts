// Selecting words in the source pane with the mouse, as a reader does: for the tests and the
// README's screenshots.
import { expect, type Page } from "@playwright/test";

/** The viewport box of `words` in the source pane (its `occurrence`-th time), to drag over. */
async function wordsBox(page: Page, words: string, occurrence = 0) {
  return page.evaluate(
    ({ words, occurrence }) => {
      const root = document.querySelector(".source-pane__text")!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: { node: Text; at: number }[] = [];
      let all = "";
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        nodes.push({ node, at: all.length });
        all += node.data;
      }
      let start = -1;
      for (let i = 0; i <= occurrence; i++) start = all.indexOf(words, start + 1);
      // No named inner functions: tsx (the screenshots script) would wrap them in a helper
      // the page does not have.
      const end = start + words.length;
      const a = nodes.findLast((n) => n.at <= start)!;
      const b = nodes.findLast((n) => n.at <= end)!;
      const range = document.createRange();
      range.setStart(a.node, start - a.at);
      range.setEnd(b.node, end - b.at);
      range.startContainer.parentElement?.scrollIntoView({ block: "center" });
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const first = rects[0]!;
      const last = rects[rects.length - 1]!;
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      };
    },
    { words, occurrence },
  );
}

/** Selects words in the source pane with the mouse: press before the first, release after the last. */
export async function dragOver(page: Page, words: string, occurrence = 0) {
  const box = await wordsBox(page, words, occurrence);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? "")).toBe(words);
}
