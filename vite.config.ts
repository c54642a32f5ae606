import { defineConfig, type Plugin } from "vitest/config";
import react from "@vitejs/plugin-react";
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_HEADER,
} from "./src/app/contentSecurityPolicy.ts";

/** Puts the Content-Security-Policy into the built index.html, first thing in <head>. */
function contentSecurityPolicy(): Plugin {
  return {
    name: "argument-map:content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
        injectTo: "head-prepend",
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  worker: { format: "es" },
  preview: {
    headers: {
      "Content-Security-Policy": CONTENT_SECURITY_POLICY_HEADER,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    },
  },
  test: {
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
  },
});
