import { useId, useMemo, useState } from "react";
import { ClaimLink } from "./ClaimLink";
import { claimStrength } from "../../model/evaluate/claimStrength";
import { disputeTree, type DisputeTreeNode } from "../../model/evaluate/disputeTree";
import { explainStatus, reasonSentence } from "../../model/evaluate/statusReason";
import type { ArgumentMap, ClaimId } from "../../model/core/types";
import { mapIndex } from "../../model/core/mapIndex";
import { useAppStore } from "../../store/AppStoreContext";
import { selectEvaluation, selectMap } from "../../store/selectors";
import { StatusBadge } from "../../ui/StatusBadge";

/** A claim's text cut short enough to name it in a sentence. */
const short = (text: string) => (text.length > 70 ? `${text.slice(0, 68)}…` : text);

/**
 * A sentence naming claims, with each named claim a link to it: the sentence is written with
 * markers for the claims (so the wording is the model's own), then split at them.
 */
function SentenceWithClaims({ sentence, map }: { sentence: string; map: ArgumentMap }) {
  const index = mapIndex(map);
  // Control characters mark the claims: no claim text or id the map loads can hold them.
  // eslint-disable-next-line no-control-regex
  const parts = sentence.split(/\u0001([^\u0002]*)\u0002/);
  return (
    <>
      {parts.map((part, i) => {
        if (i % 2 === 0) return <span key={i}>{part}</span>;
        const claim = index.claims.get(part);
        return (
          <ClaimLink key={i} claimId={part}>
            “{short(claim?.text ?? part)}”
          </ClaimLink>
        );
      })}
    </>
  );
}

function TreeNode({ node, map }: { node: DisputeTreeNode; map: ArgumentMap }) {
  const claim = mapIndex(map).claims.get(node.claim);
  const relation =
    node.relation === "root" ? "" : node.relation === "disputes" ? "disputed by " : "undercut by ";
  return (
    <li>
      <span className="details__tree-relation">{relation}</span>
      <ClaimLink claimId={node.claim}>“{short(claim?.text ?? node.claim)}”</ClaimLink>{" "}
      <StatusBadge status={node.status} />
      {node.cut === "loop" && <span className="details__role"> (back in the loop)</span>}
      {node.cut === "depth" && <span className="details__role"> (and further)</span>}
      {node.children.length > 0 && (
        <ul>
          {node.children.map((child) => (
            <TreeNode key={`${child.claim}-${child.link}`} node={child} map={map} />
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * Whether the claim stands, falls or is undecided, and why, in one sentence naming the
 * deciding claims; "Why?" opens the whole dispute down to claims nothing disputes. With it,
 * the claim's strength from 0 to 100 (DF-QuAD), for readers who want a grade.
 */
export function ClaimStatus({ claimId }: { claimId: ClaimId }) {
  const map = useAppStore(selectMap);
  const evaluation = useAppStore(selectEvaluation);
  const show = useAppStore((s) => s.showStatus);
  const [open, setOpen] = useState(false);
  const treeId = useId();
  const strength = useMemo(() => (show ? claimStrength(map) : null), [map, show]);
  if (!show) return null;
  const status = evaluation.claimStatus.get(claimId);
  const reason = explainStatus(evaluation, claimId);
  if (!status || !reason) return null;
  const sentence = reasonSentence(reason, (id) => `\u0001${id}\u0002`);
  const score = strength?.score.get(claimId);
  return (
    <section className="details__status" aria-label="Whether this claim stands">
      <p>
        <StatusBadge status={status} /> <SentenceWithClaims sentence={sentence} map={map} />
      </p>
      <p className="details__strength">
        Strength{" "}
        {score === null || score === undefined
          ? "— (its loop of disputes and supports does not settle)"
          : `${Math.round(score * 100)} of 100`}{" "}
        <span className="details__role">(DF-QuAD, every claim starting at 50)</span>
      </p>
      {reason.kind !== "unattacked" && reason.kind !== "given" && (
        <>
          <button
            type="button"
            aria-expanded={open}
            aria-controls={treeId}
            onClick={() => setOpen(!open)}
          >
            {open ? "Hide why" : "Why?"}
          </button>
          {open && (
            <ul className="details__tree" id={treeId}>
              {(() => {
                const tree = disputeTree(evaluation, claimId);
                return tree ? <TreeNode node={tree} map={map} /> : null;
              })()}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
