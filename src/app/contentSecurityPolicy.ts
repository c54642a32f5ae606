// The Content-Security-Policy of the built app, in one place: vite.config.ts puts it in the
// built index.html (a <meta> tag) and in `vite preview`'s response headers. The dev server
// goes without it, because Vite's hot reload injects inline scripts and styles.

/** Directive → sources. Each entry says what needs it. */
const DIRECTIVES: [string, string][] = [
  ["default-src", "'self'"],
  // Only our own bundles. 'wasm-unsafe-eval' lets the layout worker compile Graphviz's
  // WebAssembly; it does not allow eval() or new Function() for JavaScript.
  ["script-src", "'self' 'wasm-unsafe-eval'"],
  ["worker-src", "'self'"],
  // Our stylesheets only: React and React Flow set styles through the DOM, which needs no
  // 'unsafe-inline'.
  ["style-src", "'self'"],
  // The export's preview and rasteriser draw the SVG through a blob: URL.
  ["img-src", "'self' data: blob:"],
  ["font-src", "'self'"],
  // `?map=<url>` fetches a map from anywhere on the web, over HTTPS.
  ["connect-src", "'self' https:"],
  ["object-src", "'none'"],
  ["base-uri", "'none'"],
  ["form-action", "'none'"],
];

/** The policy as a <meta> tag can carry it. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.map(([name, value]) => `${name} ${value}`).join(
  "; ",
);

/** The policy as a response header, which may also forbid framing (a <meta> tag cannot). */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
