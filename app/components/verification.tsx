import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { VerificationResultFragment } from "../__generated__/operations";
import { formatDateTime, formatMoney, formatNumber } from "../utils/format";
import { formatHsCode } from "../utils/hs";

/**
 * What a verification says, formatted on the server for the viewer's language and time zone. The
 * checks' details come from the API already in that language.
 */
export function verificationView(result: VerificationResultFragment, locale: string, timeZone: string) {
  const d = result.document;
  const when = (iso: string) => formatDateTime(iso, locale, timeZone) ?? iso;
  return {
    verdict: result.verdict,
    checks: (["integrity", "status", "issuer"] as const).map((name) => ({ name, ...result.checks[name] })),
    document: d && {
      id: d.id,
      kind: d.kind.toLowerCase(),
      number: d.number,
      version: d.version,
      issuedAt: when(d.issuedAt),
      issuer: d.issuer,
      keyId: d.keyId,
      sha256: d.sha256,
      seller: d.seller,
      buyer: d.buyer,
      originCountry: d.originCountry,
      destinationCountry: d.destinationCountry,
      mode: d.mode.toLowerCase(),
      orderReference: d.orderReference,
      lineCount: formatNumber(d.lineCount, locale),
      hsCodes: d.hsCodes.map(formatHsCode),
      total: formatMoney(d.total, locale),
      revoked: d.revoked && { when: when(d.revoked.at), by: d.revoked.by, reason: d.revoked.reason },
      supersededBy: d.supersededBy,
    },
  };
}

export type VerificationView = ReturnType<typeof verificationView>;

const VERDICT_TONE: Record<string, string> = { GENUINE: "notice-success", ALTERED: "notice-error", REVOKED: "notice-error", SUPERSEDED: "", UNKNOWN: "notice-error" };

/** The verdict first and large, the three named checks, and what the document says only when its bytes are the ones issued. */
export function Verification({ view }: { view: VerificationView }) {
  const { t } = useTranslation();
  const d = view.document;
  return (
    <section className="verification" aria-labelledby="verdict-title" data-testid="verification" data-verdict={view.verdict}>
      <div className={`notice verdict ${VERDICT_TONE[view.verdict] ?? ""}`} role="status">
        <h2 id="verdict-title" className="verdict-title">
          {t(`customs.verify.verdict.${view.verdict}`)}
        </h2>
        <p>{t(`verify.verdictLead.${view.verdict}`)}</p>
      </div>

      <h2>{t("verify.checks")}</h2>
      <ul className="checks" data-testid="checks">
        {view.checks.map((c) => (
          <li key={c.name} data-check={c.name} data-passed={c.passed}>
            <strong>{t(`customs.verify.check.${c.name}`)}</strong>{" "}
            <span className={`badge ${c.passed ? "badge-verified" : "badge-rejected"}`}>{c.passed ? t("customs.verify.passed") : t("customs.verify.failed")}</span>
            <p>
              <bdi>{c.detail}</bdi>
            </p>
          </li>
        ))}
      </ul>

      {d ? (
        <section className="panel" aria-labelledby="summary-title" data-testid="document-summary">
          <h2 id="summary-title">{t("verify.summary.title")}</h2>
          <p className="muted">{t("verify.summary.lead")}</p>
          <dl className="facts">
            <Fact label={t("verify.summary.issuer")}>
              <bdi>{d.issuer.name}</bdi> <bdi dir="ltr">{d.issuer.country}</bdi> {d.issuer.verified ? <span className="badge badge-verified">{t("verify.summary.verifiedCompany")}</span> : null}
            </Fact>
            <Fact label={t("verify.summary.document")}>
              {t(`customs.documentKind.${d.kind}`)} <bdi dir="ltr">{d.number}</bdi> · {t("documentsPage.version", { version: d.version })}
            </Fact>
            <Fact label={t("verify.summary.issuedAt")}>{d.issuedAt}</Fact>
            <Fact label={t("verify.summary.seller")}>
              <bdi>{d.seller}</bdi>
            </Fact>
            <Fact label={t("verify.summary.buyer")}>
              <bdi>{d.buyer}</bdi>
            </Fact>
            <Fact label={t("verify.summary.route")}>
              <bdi dir="ltr">
                {d.originCountry} → {d.destinationCountry}
              </bdi>{" "}
              · {t(`documentsPage.mode.${d.mode}`, { defaultValue: d.mode })}
            </Fact>
            <Fact label={t("verify.summary.orderReference")}>
              <bdi dir="ltr">{d.orderReference}</bdi>
            </Fact>
            <Fact label={t("verify.summary.lines")}>
              <bdi dir="ltr">{d.lineCount}</bdi>
            </Fact>
            <Fact label={t("verify.summary.hsCodes")}>
              <bdi dir="ltr">{d.hsCodes.join(", ")}</bdi>
            </Fact>
            <Fact label={t("verify.summary.total")}>
              <bdi dir="ltr">{d.total}</bdi>
            </Fact>
            <Fact label={t("verify.summary.sha256")}>
              <bdi dir="ltr">
                <code className="hash">{d.sha256}</code>
              </bdi>
            </Fact>
            <Fact label={t("verify.summary.keyId")}>
              <bdi dir="ltr">{d.keyId}</bdi>
            </Fact>
            {d.revoked ? (
              <Fact label={t("verify.summary.revoked")}>
                {t("verify.summary.revokedLine", { when: d.revoked.when, by: d.revoked.by })} <bdi data-testid="revoked-reason">{d.revoked.reason}</bdi>
              </Fact>
            ) : null}
            {d.supersededBy ? (
              <Fact label={t("verify.summary.supersededBy")}>
                <Link to={`/verify/${d.supersededBy.id}`}>
                  <bdi dir="ltr">{d.supersededBy.number}</bdi> · {t("documentsPage.version", { version: d.supersededBy.version })}
                </Link>
              </Fact>
            ) : null}
          </dl>
        </section>
      ) : (
        <p className="muted" data-testid="no-data">
          {t("verify.noData")}
        </p>
      )}
    </section>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
