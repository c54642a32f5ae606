import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

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

/** No frameworks, and none of the folders above this one. */
const frameworkFree = (above, message) => ({
  "no-restricted-imports": [
    "error",
    {
      paths: FRAMEWORKS,
      patterns: [...FRAMEWORK_PATTERNS, { group: above.map((dir) => `**/${dir}/**`), message }],
    },
  ],
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
      ...frameworkFree(
        ["store", "features", "layout", "app"],
        "model/ depends on nothing of the app.",
      ),
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
      ...frameworkFree(["store", "features", "app"], "layout/ sits below the app."),
    },
  },
  {
    files: ["src/features/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^\\.\\./(?!\\.\\./)",
              message: "Features do not import from each other; share through model/ or store/.",
            },
            { group: ["**/app/**"], message: "Features do not import the app shell." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/store/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/features/**", "**/app/**"], message: "The store does not know the UI." },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.test.ts", "tests/**/*.ts", "src/model/testing/mapArbitrary.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
