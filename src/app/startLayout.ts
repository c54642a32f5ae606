// Imported first by main.tsx, so that it runs before the rest of the bundle is evaluated: the
// layout worker starts in parallel with the main thread's start-up, not after it. It opens the
// layouts stored on earlier visits at once. A map from a link (`?map=`) will most likely need
// Graphviz, so its WebAssembly starts compiling now too; the built-in map's layout ships with
// it, and a restored map's is most likely stored, so those load Graphviz only once idle.
import { startLayoutWorker, warmUpLayout } from "../layout/layoutClient";

if (new URLSearchParams(window.location.search).has("map")) warmUpLayout();
else startLayoutWorker();
