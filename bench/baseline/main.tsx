// The benchmark's floor: bare React Flow with default nodes at precomputed positions, and
// nothing else. The app's figures are reported as ratios to this page's.
import {
  ReactFlow,
  ReactFlowProvider,
  useNodesInitialized,
  type Edge,
  type Node,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useEffect } from "react";
import { createRoot } from "react-dom/client";

function Marker() {
  const initialized = useNodesInitialized();
  useEffect(() => {
    if (!initialized) return;
    requestAnimationFrame(() =>
      requestAnimationFrame(() => performance.mark("baseline:interactive")),
    );
  }, [initialized]);
  return null;
}

async function start() {
  const url = new URLSearchParams(window.location.search).get("data") ?? "";
  const data = (await (await fetch(url)).json()) as { nodes: Node[]; edges: Edge[] };
  createRoot(document.getElementById("root") as HTMLElement).render(
    <ReactFlowProvider>
      <div style={{ width: "100vw", height: "100vh" }}>
        <ReactFlow defaultNodes={data.nodes} defaultEdges={data.edges} fitView minZoom={0.02} />
        <Marker />
      </div>
    </ReactFlowProvider>,
  );
}

void start();
