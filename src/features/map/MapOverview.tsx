import { useReactFlow, useStore, useStoreApi, type ReactFlowState } from "@xyflow/react";
import { memo, type WheelEvent } from "react";
import type { Box } from "../../model/geometry/geometry";
import { mapIndex } from "../../model/core/mapIndex";
import type { Overview } from "../../model/view/overview";
import { labelSpot, overlap, placeCards } from "../../model/view/overviewCards";
import { useAppStore, useAppStoreApi } from "../../store/AppStoreContext";
import { selectMap, selectSearchMatches } from "../../store/selectors";
import "./MapOverview.css";

const selectTransform = (s: ReactFlowState) => s.transform;
const selectPane = (s: ReactFlowState) => `${s.width}x${s.height}`;

/**
 * A big map seen whole: each topic region with its label, its claims and its most-linked
 * claims in type that stays legible, and the links between two regions drawn as one bundle
 * with its count. Drawn over the canvas while it is zoomed out; cards appear as it zooms in.
 */
function MapOverviewView({
  overview,
  frames,
  onClaim,
}: {
  overview: Overview;
  frames: ReadonlyMap<string, Box>;
  /** A claim chosen in the overview: selected, and shown at reading size. */
  onClaim: (id: string) => void;
}) {
  const transform = useStore(selectTransform);
  const [x0, y0, zoom] = transform;
  const pane = useStore(selectPane).split("x").map(Number) as [number, number];
  const map = useAppStore(selectMap);
  const store = useAppStoreApi();
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const matches = useAppStore(selectSearchMatches);
  const search = useAppStore((s) => s.search);
  const selectedId = useAppStore((s) => s.selectedId);
  const index = mapIndex(map);
  const matchesIn = new Map<string, number>();
  if (search.trim() !== "")
    for (const id of matches.ids) {
      const topic = index.claims.get(id)?.topics?.[0] ?? "";
      matchesIn.set(topic, (matchesIn.get(topic) ?? 0) + 1);
    }
  const placed = placeCards(frames, overview, transform, { width: pane[0], height: pane[1] });
  const centre = (id: string) => {
    const f = frames.get(id);
    return f && { x: (f.x + f.width / 2) * zoom + x0, y: (f.y + f.height / 2) * zoom + y0 };
  };
  const widest = Math.max(1, ...overview.bundles.map((b) => b.count));
  const cards = placed.map((p) => p.card);
  const taken: Box[] = [];
  const regions = new Map(overview.regions.map((r) => [r.id, r]));
  // The topics' cards take the pointer (their claims are buttons): the wheel over them zooms
  // the map as it does over the pane, around the pointer, as React Flow's own wheel zoom does.
  const onWheel = (event: WheelEvent<HTMLElement>) => {
    const rect = event.currentTarget.closest(".react-flow")?.getBoundingClientRect();
    if (!rect) return;
    const { minZoom, maxZoom } = flowStore.getState();
    const delta = -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002);
    const next = Math.min(maxZoom, Math.max(minZoom, zoom * 2 ** delta));
    const px = event.clientX - rect.left;
    const py = event.clientY - rect.top;
    void flow.setViewport({
      x: px - ((px - x0) * next) / zoom,
      y: py - ((py - y0) * next) / zoom,
      zoom: next,
    });
  };
  return (
    <div className="map-overview" aria-label="Overview of the map's topics">
      {placed.map(({ id, box }) => (
        <div
          key={id}
          className="map-overview__frame"
          style={{
            transform: `translate(${box.x}px, ${box.y}px)`,
            width: box.width,
            height: box.height,
          }}
        />
      ))}
      {/* Under the topics' cards: where they meet, a card's words come first. */}
      <p className="map-overview__hint">Overview · zoom in, or choose a claim, to read the cards</p>
      <svg className="map-overview__bundles" aria-hidden="true">
        {overview.bundles.map((bundle) => {
          const a = centre(bundle.a);
          const b = centre(bundle.b);
          if (!a || !b) return null;
          return (
            <line
              key={`${bundle.a}\u0000${bundle.b}`}
              x1={a.x}
              y1={a.y}
              x2={b.x}
              y2={b.y}
              strokeWidth={1.5 + 8 * Math.sqrt(bundle.count / widest)}
            />
          );
        })}
      </svg>
      {overview.bundles.map((bundle) => {
        const a = centre(bundle.a);
        const b = centre(bundle.b);
        if (!a || !b) return null;
        const between = `${regions.get(bundle.a)?.label} and ${regions.get(bundle.b)?.label}`;
        const label = bundle.count.toLocaleString("en-US");
        // Clear of the topics' cards and of the other counts where the line allows (an
        // estimate of its size); else under a card, which the words of a card come before.
        const spot = labelSpot(a, b, { width: 16 + 8 * label.length, height: 22 }, cards, taken);
        return (
          <span
            key={`${bundle.a}\u0000${bundle.b}`}
            className="map-overview__bundle-count"
            style={{
              transform: `translate(${spot.x}px, ${spot.y}px) translate(-50%, -50%)`,
            }}
            title={`${bundle.count} links between ${between}: ${bundle.supports} support, ${bundle.disputes} dispute`}
          >
            {label}
            <span className="visually-hidden"> links between {between}</span>
          </span>
        );
      })}
      <svg className="map-overview__leaders" aria-hidden="true">
        {placed.map(({ id, box, card }) =>
          overlap(box, card) > 0 ? null : (
            <line
              key={id}
              x1={card.x + card.width / 2}
              y1={card.y + card.height / 2}
              x2={Math.max(box.x, Math.min(box.x + box.width, card.x + card.width / 2))}
              y2={Math.max(box.y, Math.min(box.y + box.height, card.y + card.height / 2))}
            />
          ),
        )}
      </svg>
      {placed.map(({ id, card, claims }) => {
        const region = regions.get(id)!;
        const found = matchesIn.get(id) ?? 0;
        return (
          <section
            onWheel={onWheel}
            key={id}
            className="map-overview__region"
            aria-label={`Topic: ${region.label}`}
            style={{ transform: `translate(${card.x}px, ${card.y}px)`, width: card.width }}
          >
            <h3 className="map-overview__label">{region.label}</h3>
            <p className="map-overview__count">
              {region.shown === region.total
                ? `${region.total.toLocaleString("en-US")} claims`
                : `${region.shown.toLocaleString("en-US")} of ${region.total.toLocaleString("en-US")} claims shown`}
              {found > 0 && (
                <span className="map-overview__matches">
                  {" "}
                  · {found.toLocaleString("en-US")} {found === 1 ? "match" : "matches"}
                </span>
              )}
            </p>
            {claims > 0 && (
              <ol className="map-overview__top" aria-label="Most-linked claims">
                {region.top.slice(0, claims).map((claimId) => (
                  <li key={claimId}>
                    <button
                      type="button"
                      className={`map-overview__claim${claimId === selectedId ? " is-selected" : ""}${matches.set.has(claimId) && search.trim() !== "" ? " is-match" : ""}`}
                      onClick={() => onClaim(claimId)}
                      onMouseEnter={() => store.getState().setActiveLink(null)}
                    >
                      <span className="map-overview__claim-text">
                        {index.claims.get(claimId)?.text}
                      </span>
                    </button>
                  </li>
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}

export const MapOverview = memo(MapOverviewView);
