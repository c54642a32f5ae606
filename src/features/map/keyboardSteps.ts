// Which claim the arrow keys move to: along links, and between siblings. Pure.
import type { LayoutDirection } from "../../layout/layoutTypes";
import { mapIndex } from "../../model/core/mapIndex";
import type { ArgumentMap, ClaimId } from "../../model/core/types";

export type Step = "toTarget" | "toSource" | "previousSibling" | "nextSibling";

/** The step an arrow key means: towards what a claim supports, or along its rank. */
export function stepOfKey(key: string, direction: LayoutDirection): Step | undefined {
  const tb: Record<string, Step> = {
    ArrowUp: "toTarget",
    ArrowDown: "toSource",
    ArrowLeft: "previousSibling",
    ArrowRight: "nextSibling",
  };
  const lr: Record<string, Step> = {
    ArrowRight: "toTarget",
    ArrowLeft: "toSource",
    ArrowUp: "previousSibling",
    ArrowDown: "nextSibling",
  };
  return (direction === "TB" ? tb : lr)[key];
}

/**
 * The claim one step away among the claims the view shows, or undefined at an end.
 * `toTarget` goes to the first claim this one supports or disputes; `toSource` to the first
 * claim that supports or disputes it. Siblings are the claims pointing at the same target,
 * ordered by `order` (their place along the rank on screen).
 */
export function stepFrom(
  map: ArgumentMap,
  current: ClaimId,
  step: Step,
  shown: ReadonlySet<ClaimId>,
  order: (id: ClaimId) => number,
): ClaimId | undefined {
  const index = mapIndex(map);
  const byOrder = (ids: ClaimId[]) =>
    [...new Set(ids)].filter((id) => shown.has(id)).sort((a, b) => order(a) - order(b));
  const targets = byOrder((index.outgoing.get(current) ?? []).map((l) => l.to));
  const sources = byOrder((index.incoming.get(current) ?? []).map((l) => l.from));
  if (step === "toTarget") return targets[0];
  if (step === "toSource") return sources[0];
  const parent = targets[0];
  const siblings =
    parent === undefined
      ? byOrder(
          map.claims.filter((c) => (index.outgoing.get(c.id) ?? []).length === 0).map((c) => c.id),
        )
      : byOrder((index.incoming.get(parent) ?? []).map((l) => l.from));
  const at = siblings.indexOf(current);
  if (at < 0) return undefined;
  return siblings[step === "nextSibling" ? at + 1 : at - 1];
}

/** How far one key press moves a card (Alt+arrow) or the view (Shift+arrow), in map px or
 * screen px; with Ctrl or Cmd as well, five times as far. */
export const NUDGE = 24;
export const PAN_STEP = 120;

/**
 * The offset an arrow key asks for, as screen directions (not along links): right and down
 * are positive. Undefined for any other key.
 */
export function offsetOfKey(key: string, step: number): { dx: number; dy: number } | undefined {
  const offsets: Record<string, { dx: number; dy: number }> = {
    ArrowUp: { dx: 0, dy: -step },
    ArrowDown: { dx: 0, dy: step },
    ArrowLeft: { dx: -step, dy: 0 },
    ArrowRight: { dx: step, dy: 0 },
  };
  return offsets[key];
}
