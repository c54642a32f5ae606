// Narrow, module-level selectors: a component re-renders only when its slice changes.
import type { AppState } from "./appStore";

export const selectMap = (s: AppState) => s.map;
export const selectSelectedId = (s: AppState) => s.selectedId;
export const selectDirection = (s: AppState) => s.direction;
export const selectDragged = (s: AppState) => s.dragged;
export const selectLayoutGeneration = (s: AppState) => s.layoutGeneration;
export const selectSourcePaneOpen = (s: AppState) => s.sourcePaneOpen;
export const selectCentreRequest = (s: AppState) => s.centreRequest;
