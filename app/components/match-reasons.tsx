import { useTranslation } from "react-i18next";
import type { MatchFieldsFragment } from "../__generated__/operations";

/** Why a listing and a request fit, good news first, each marked as a fit or a misfit in words too. */
export function MatchReasons({ reasons }: { reasons: MatchFieldsFragment["reasons"] }) {
  const { t } = useTranslation();
  return (
    <ul className="reasons">
      {reasons.map((reason) => (
        <li key={`${reason.signal}-${reason.code}`} className={reason.positive ? "reason reason-good" : "reason reason-bad"} data-code={reason.code}>
          <span aria-hidden="true" className="reason-mark">
            {reason.positive ? "✓" : "✗"}
          </span>
          <span className="visually-hidden">{t(reason.positive ? "match.fits" : "match.misfits")} </span>
          {reason.text}
        </li>
      ))}
    </ul>
  );
}

/** A score from 0 to 1 as a meter, with the percentage in text for everyone. */
export function ScoreMeter({ score, text }: { score: number; text: string }) {
  const { t } = useTranslation();
  return (
    <span className="score">
      <meter min={0} max={1} low={0.4} high={0.7} optimum={1} value={score} aria-label={t("match.score")}>
        {text}
      </meter>
      <span className="score-text">{t("match.scoreText", { score: text })}</span>
    </span>
  );
}
