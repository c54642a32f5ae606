// Imported first by main.tsx, so that it runs before the rest of the bundle is evaluated: the
// layout worker (and, inside it, Graphviz's WebAssembly) starts loading in parallel with the
// main thread's start-up, not after it.
import { warmUpLayout } from "../layout/layoutClient";

warmUpLayout();
