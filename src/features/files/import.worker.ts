// Reads a map of another format (AIF, Argdown, Kialo) off the main thread: a big AIF file
// takes a few hundred milliseconds to convert and check, which would freeze the page.
import { importMap } from "../../model/interop/formats";

type Request = { text: string; options: Parameters<typeof importMap>[1] };

self.onmessage = async (event: MessageEvent<Request>) => {
  const { text, options } = event.data;
  self.postMessage(await importMap(text, options));
};
