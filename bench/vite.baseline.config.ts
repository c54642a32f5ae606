import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Builds the baseline page into dist/bench-baseline, next to the app, for `npm run bench`.
export default defineConfig({
  root: "bench/baseline",
  base: "/bench-baseline/",
  plugins: [react()],
  build: { outDir: "../../dist/bench-baseline", emptyOutDir: true },
});
