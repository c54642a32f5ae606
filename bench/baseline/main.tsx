// The benchmark's floor: bare React Flow with default nodes at precomputed positions, and
// nothing else. It opens on the same first view as the app (the same policy, from
// src/layout/firstView.ts), culls off-screen nodes the same way, and the bench times both
// pages with the same end condition. The app's figures are reported as ratios to this page's.
import {
  ReactFlow,
  ReactFlowProvider,
  useNodesInitialized,
  useReactFlow,
  type Edge,
  type Node,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useEffect } from "react";
import { createRoot } from "react-dom/client";
import { BIG_MAP, bigMapViewport, FIT_OPTIONS } from "../../src/layout/firstView";

function FirstView({ nodes }: { nodes: Node[] }) {
  const initialized = useNodesInitialized();
  const flow = useReactFlow();
  useEffect(() => {
    if (!initialized) return;
    requestAnimationFrame(() => {
      if (nodes.length > BIG_MAP)
        void flow.setViewport(bigMapViewport(nodes.map((n) => n.position)));
      else void flow.fitView({ ...FIT_OPTIONS, duration: 0 });
      performance.mark("baseline:first-view");
    });
  }, [initialized, flow, nodes]);
  return null;
}

async function start() {
  const params = new URLSearchParams(window.location.search);
  const url = params.get("data") ?? "";
  // The size of the app's map pane, so that both pages show the same first view.
  const pane = {
    width: Number(params.get("w")) || window.innerWidth,
    height: Number(params.get("h")) || window.innerHeight,
  };
  const data = (await (await fetch(url)).json()) as { nodes: Node[]; edges: Edge[] };
  createRoot(document.getElementById("root") as HTMLElement).render(
    <ReactFlowProvider>
      <div style={{ width: pane.width, height: pane.height }}>
        <ReactFlow
          defaultNodes={data.nodes}
          defaultEdges={data.edges}
          minZoom={0.05}
          maxZoom={2.5}
          onlyRenderVisibleElements={data.nodes.length > BIG_MAP}
        />
        <FirstView nodes={data.nodes} />
      </div>
    </ReactFlowProvider>,
  );
}

void start();
