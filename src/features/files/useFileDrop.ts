import { useEffect, useState } from "react";
import type { AppStore } from "../../store/appStore";
import { fileKind, openFile } from "./openFile";

/**
 * A file dropped anywhere on the window is opened as a map. While a file is dragged over the
 * window, `dragging` is true, so that the page can show where it may go.
 */
export function useFileDrop(
  store: AppStore,
  onSourceFile: (file: File) => void,
): { dragging: boolean } {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    const hasFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes("Files");
    // Enter and leave fire for every element crossed: count them to know when the file is gone.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      void fileKind(file).then((kind) =>
        kind === "map" ? void openFile(store, file) : onSourceFile(file),
      );
    };
    window.addEventListener("dragenter", onEnter);
    window.addEventListener("dragleave", onLeave);
    window.addEventListener("dragover", onOver);
    window.addEventListener("drop", onDrop);
    return () => {
      window.removeEventListener("dragenter", onEnter);
      window.removeEventListener("dragleave", onLeave);
      window.removeEventListener("dragover", onOver);
      window.removeEventListener("drop", onDrop);
    };
  }, [store, onSourceFile]);
  return { dragging };
}
