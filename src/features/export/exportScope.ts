// Which claims and links an export holds, and where they stand. Pure.
import type { Box } from "../../model/geometry/geometry";
import type { ArgumentMap, ClaimId, Link, LinkDispute, LinkId } from "../../model/core/types";
import type { Visibility } from "../../model/view/viewFilter";

/** What a picture holds; "overview" is a big map's overview (see renderOverviewSvg). */
export type ExportScope = "map" | "viewport" | "selection" | "overview";

export interface PlacedClaim extends Box {
  id: ClaimId;
}

export interface ScopedExport {
  boxes: Map<ClaimId, Box>;
  dimmed: Set<ClaimId>;
  links: Link[];
  dimmedLinks: Set<LinkId>;
  /** Claims disputing a link, drawn when their claim and the link they dispute are. */
  linkDisputes?: LinkDispute[];
  clip?: Box;
}

const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The claims to draw for a scope: the whole map as filtered (hidden claims out, dimmed ones
 * dimmed), what the viewport shows (cropped to it), or the selected claims and the links
 * among them.
 */
export function scopeExport(
  map: ArgumentMap,
  placed: readonly PlacedClaim[],
  visible: Visibility,
  scope: ExportScope,
  options: { viewport?: Box; selected?: ReadonlySet<ClaimId> } = {},
): ScopedExport {
  const boxes = new Map<ClaimId, Box>();
  for (const p of placed) {
    if (!visible.drawn.has(p.id)) continue;
    if (scope === "selection" && !options.selected?.has(p.id)) continue;
    if (scope === "viewport" && options.viewport && !intersects(p, options.viewport)) continue;
    boxes.set(p.id, { x: p.x, y: p.y, width: p.width, height: p.height });
  }
  const links = map.links.filter(
    (l) => visible.drawnLinks.has(l.id) && boxes.has(l.from) && boxes.has(l.to),
  );
  const kept = new Set<LinkId>(links.map((l) => l.id));
  const linkDisputes: LinkDispute[] = [];
  for (let added = true; added;) {
    added = false;
    for (const d of map.linkDisputes) {
      if (kept.has(d.id) || !boxes.has(d.from) || !kept.has(d.toLink)) continue;
      if (!visible.drawnLinkDisputes.has(d.id)) continue;
      kept.add(d.id);
      linkDisputes.push(d);
      added = true;
    }
  }
  const dimmed = new Set([...boxes.keys()].filter((id) => !visible.matching.has(id)));
  const dimmedLinks = new Set([
    ...links.filter((l) => !visible.matchingLinks.has(l.id)).map((l) => l.id),
    ...linkDisputes.filter((d) => !visible.matchingLinkDisputes.has(d.id)).map((d) => d.id),
  ]);
  return {
    boxes,
    dimmed,
    links,
    dimmedLinks,
    linkDisputes,
    ...(scope === "viewport" && options.viewport ? { clip: options.viewport } : {}),
  };
}
