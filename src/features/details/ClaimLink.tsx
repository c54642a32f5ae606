import type { ReactNode } from "react";
import type { ClaimId } from "../../model/core/types";
import { DEFAULT_VIEW, encodeView } from "../../model/view/urlState";
import { useAppStoreApi } from "../../store/AppStoreContext";

/**
 * A link to a claim of the map: it selects and centres the claim. A real link, so that it
 * flows inside a sentence (a button cannot), and its address opens the map on that claim.
 */
export function ClaimLink({ claimId, children }: { claimId: ClaimId; children: ReactNode }) {
  const store = useAppStoreApi();
  return (
    <a
      className="details__claim-link claim-link"
      href={`#${encodeView({ ...DEFAULT_VIEW, selectedId: claimId })}`}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        store.getState().selectClaim(claimId, { centre: true });
      }}
    >
      {children}
    </a>
  );
}
