// What the browser benchmarks share: serving the production build, and order statistics.
import { spawn } from "node:child_process";

export const median = (xs: number[]) => {
  const s = [...xs].filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

/** Serves dist/ with `vite preview` on a port; resolves once it answers, with a stop function. */
export async function serve(port: number): Promise<() => void> {
  const server = spawn(
    "npx",
    ["vite", "preview", "--host", "127.0.0.1", "--port", String(port), "--strictPort"],
    { stdio: "ignore", detached: true },
  );
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return () => {
    try {
      process.kill(-server.pid!);
    } catch {
      server.kill();
    }
  };
}

/**
 * A script for `page.evaluate` that costs 180 frames, each doing `act` (JavaScript, with
 * `frame` the frame's number from 1): from the start of the frame's animation callback to a
 * task queued from it, which runs once the frame's rendering (style, layout, paint) is done.
 * Not the frame interval: a cheap frame costs a few ms, whatever the refresh rate. `setup`
 * runs first, `finish` last; resolves with the costs. A string, not a function: tsx would
 * wrap a named inner function in a helper the page lacks.
 */
export function frameCostsScript(parts: { setup?: string; act: string; finish?: string }): string {
  return `new Promise((resolve) => {
  ${parts.setup ?? ""}
  const costs = [];
  const channel = new MessageChannel();
  let started = 0;
  let frame = 0;
  channel.port1.onmessage = () => {
    costs.push(performance.now() - started);
    if (frame < 180) requestAnimationFrame(step);
    else {
      ${parts.finish ?? ""}
      resolve(costs);
    }
  };
  const step = () => {
    started = performance.now();
    frame++;
    ${parts.act}
    channel.port2.postMessage(0);
  };
  requestAnimationFrame(step);
})`;
}
