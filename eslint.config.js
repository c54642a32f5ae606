import { readdirSync } from "node:fs";
import js from "@eslint/js";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Every feature folder: each may import only itself among the features. */
const FEATURES = readdirSync("src/features", { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * The layers, by path (resolved imports, so `../../features/x/y` and `../x` are caught
 * alike). Each line: what `target` may not import from `from`.
 */
const ZONES = [
  ...["store", "features", "layout", "app", "ui"].map((from) => ({
    target: "./src/model",
    from: `./src/${from}`,
    message: "model/ is the functional core: it depends on nothing of the app.",
  })),
  ...["store", "features", "app", "ui"].map((from) => ({
    target: "./src/layout",
    from: `./src/${from}`,
    message: "layout/ sits below the store and the UI.",
  })),
  ...["features", "app", "ui"].map((from) => ({
    target: "./src/store",
    from: `./src/${from}`,
    message: "The store does not know the UI.",
  })),
  ...["features", "app"].map((from) => ({
    target: "./src/ui",
    from: `./src/${from}`,
    message: "ui/ holds pieces features share; it knows no feature and not the shell.",
  })),
  {
    target: "./src/features",
    from: "./src/app",
    message: "Features do not import the app shell.",
  },
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: "./src/features",
    except: [`./${feature}`],
    message: "Features do not import from each other; share through model/, store/ or ui/.",
  })),
];

const FRAMEWORKS = [
  { name: "react", message: "model/ and layout/ are framework-free." },
  { name: "react-dom", message: "model/ and layout/ are framework-free." },
  { name: "zustand", message: "model/ and layout/ do not know the store." },
];
const FRAMEWORK_PATTERNS = [
  {
    group: ["react/*", "react-dom/*", "zustand/*"],
    message: "model/ and layout/ are framework-free.",
  },
  { group: ["@xyflow/*"], message: "model/ and layout/ do not know React Flow." },
];

/** No frameworks (the folders above are kept out by path, in ZONES). */
const frameworkFree = () => ({
  "no-restricted-imports": ["error", { paths: FRAMEWORKS, patterns: FRAMEWORK_PATTERNS }],
});

export default tseslint.config(
  { ignores: ["dist", "node_modules", "test-results", "playwright-report", "bench/results"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "User data is text, never markup.",
        },
        {
          selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
          message: "User data is text, never markup.",
        },
      ],
    },
  },
  {
    // The functional core: no React, no store, no React Flow, no DOM, no ../store or ../features.
    files: ["src/model/**/*.ts"],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      ...frameworkFree(),
      "no-restricted-globals": [
        "error",
        "window",
        "document",
        "navigator",
        "localStorage",
        "indexedDB",
        "HTMLElement",
        "Element",
        "fetch",
      ],
    },
  },
  {
    files: ["src/layout/**/*.ts"],
    rules: {
      ...frameworkFree(),
    },
  },
  {
    // The layers and the features, enforced on resolved paths.
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "tsconfig.json" })],
    },
    rules: { "import-x/no-restricted-paths": ["error", { zones: ZONES }] },
  },
  {
    files: ["**/*.test.ts", "tests/**/*.ts", "src/model/testing/mapArbitrary.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
