import { expect, test, vi } from "vitest";
import { LIMITS } from "../../model/core/schema";
import { serializeMap } from "../../model/format/serializeMap";
import { sampleMap } from "../../model/testing/testMaps";
import { createAppStore } from "../../store/appStore";
import { selectMap } from "../../store/selectors";
import { loadMapFromUrl } from "./fetchMapText";
import { openFile } from "./openFile";

test("a file over the size limit is refused before it is read, and the map stays", async () => {
  const store = createAppStore(sampleMap());
  const before = selectMap(store.getState());
  const text = vi.fn(() => Promise.resolve(serializeMap(sampleMap())));
  const file = { name: "huge.json", size: LIMITS.fileBytes + 1, text } as unknown as File;
  expect(await openFile(store, file)).toBe(false);
  expect(text).not.toHaveBeenCalled();
  expect(store.getState().openProblems?.problems).toEqual([
    { path: "(file)", message: "is 20.0 MB, larger than the 20 MB limit" },
  ]);
  expect(selectMap(store.getState())).toBe(before);
});

test("a file within the limit is read and opened", async () => {
  const store = createAppStore(sampleMap());
  const text = vi.fn(() => Promise.resolve(serializeMap({ ...sampleMap(), title: "Other" })));
  const file = { name: "ok.json", size: 2_000, text } as unknown as File;
  expect(await openFile(store, file)).toBe(true);
  expect(text).toHaveBeenCalledOnce();
  expect(selectMap(store.getState()).title).toBe("Other");
});

test("a map URL whose response declares more than the limit is refused before reading", async () => {
  const text = vi.fn(() => Promise.resolve("{}"));
  const fetcher = vi.fn(() =>
    Promise.resolve({
      ok: true,
      status: 200,
      statusText: "OK",
      headers: new Headers({ "content-length": String(LIMITS.fileBytes + 1) }),
      text,
    } as unknown as Response),
  );
  const result = await loadMapFromUrl("https://example.org/big.json", fetcher);
  expect(result).toEqual({
    ok: false,
    problems: [
      { path: "map URL https://example.org/big.json", message: "is larger than the 20 MB limit" },
    ],
  });
  expect(text).not.toHaveBeenCalled();
});

test("a map URL that answers with a web page says so, instead of a JSON error at line 1", async () => {
  const fetcher = vi.fn(() =>
    Promise.resolve(
      new Response("<!doctype html><html><body>Home</body></html>", {
        status: 200,
        headers: { "content-type": "text/html" },
      }),
    ),
  );
  const result = await loadMapFromUrl("/maps/missing.json", fetcher);
  expect(!result.ok && result.problems[0]?.message).toBe(
    "answered with a web page, not a map file: check the address (the file may not be there)",
  );
});

test("a map URL that cannot be fetched says why it may be", async () => {
  const fetcher = vi.fn(() => Promise.reject(new TypeError("Failed to fetch")));
  const result = await loadMapFromUrl("https://elsewhere.example/map.json", fetcher);
  expect(!result.ok && result.problems[0]?.message).toMatch(
    /^could not be fetched \(Failed to fetch\)\. The address (is on another site \(elsewhere\.example\)|may be wrong)/,
  );
});
