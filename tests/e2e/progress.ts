// What the add-source dialog says while it reads a file, recorded as it changes: for the
// test that progress is shown, and for the bench.
import type { Page } from "@playwright/test";

/** Starts recording the dialog's progress messages. */
export async function recordProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __progress: string[] }).__progress = seen;
    new MutationObserver(() => {
      const status = document.querySelector(".add-source [role=status]")?.textContent;
      if (status && seen.at(-1) !== status) seen.push(status);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** The messages recorded since `recordProgress`, in order. */
export function progressSeen(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
}
