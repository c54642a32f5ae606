import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { CARD, cssTokens } from "./tokens";

const css = [
  "src/features/map/ClaimNode.css",
  "src/features/map/MapCanvas.css",
  "src/app/styles.css",
]
  .map((file) => readFileSync(file, "utf8"))
  .join("\n");

test("every token the stylesheets read is set from tokens.ts", () => {
  const used = new Set(
    [...css.matchAll(/var\((--(?:card|region|status)-[a-z-]+)\)/g)].map((m) => m[1]),
  );
  expect(used.size).toBeGreaterThan(15);
  const defined = new Set(Object.keys(cssTokens()));
  expect([...used].filter((name) => name === undefined || !defined.has(name))).toEqual([]);
});

test("the card's stylesheet repeats none of the sizes the layout relies on", () => {
  const card = css.slice(css.indexOf(".claim-card {"), css.indexOf(".claim-card.is-framing"));
  for (const literal of [`${CARD.width}px`, `${CARD.textLineHeight}px`, `${CARD.paddingY}px`])
    expect(card).not.toContain(literal);
});
