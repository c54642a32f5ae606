// One-off requests to the canvas, such as "centre on this claim". They are events, not
// state: a request made while no map is drawn (the outline is showing) has nothing to move,
// and nothing should replay it later.
import type { ClaimId } from "../model/core/types";

export type ViewCommand = { kind: "centre"; id: ClaimId };

type Listener = (command: ViewCommand) => void;

const listeners = new WeakMap<object, Set<Listener>>();

/** Sends a request to whatever canvas listens on this store. */
export function emitViewCommand(store: object, command: ViewCommand): void {
  for (const listener of listeners.get(store) ?? []) listener(command);
}

/** Listens for the store's view requests; returns the unsubscribe. */
export function onViewCommand(store: object, listener: Listener): () => void {
  let set = listeners.get(store);
  if (!set) listeners.set(store, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}
