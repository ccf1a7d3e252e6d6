import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { TraceGoodsQuery } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { PublicTrackingPanel } from "../components/tracking-timeline";
import { api } from "../graphql.server";
import { translatorFor } from "../locale.server";
import { TRACE_GOODS } from "../operations/shipments";
import { publicTrackingPanel } from "../tracking.server";
import { formatDay } from "../utils/format";
import { formatHsCode } from "../utils/hs";
import { pageMeta } from "../utils/meta";

export const meta: MetaFunction = (args) => pageMeta(args, "shipments.trace.title");

/**
 * The packing list's QR code: whoever holds the packages sees where the goods come from (producer,
 * batch, inspections) and where they have been; never the parties, prices or quantities.
 */
export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  const code = (args.params.code ?? "").slice(0, 64);
  const { trace } = await gql.query<TraceGoodsQuery>(TRACE_GOODS, { code });
  if (!trace) throw json({ code: "NOT_FOUND", message: translatorFor(gql.locale)("errors:TRACE_NOT_FOUND") }, { status: 404 });
  const region = new Intl.DisplayNames([gql.locale], { type: "region" });
  const country = (code: string) => region.of(code) ?? code;
  return json({
    goods: trace.goods.map((g, i) => ({
      key: `${i}`,
      hsCode: formatHsCode(g.hsCode),
      description: g.description,
      origin: country(g.originCountry),
      batch: g.batch && {
        ...g.batch,
        producerCountry: country(g.batch.producerCountry),
        producedOn: formatDay(g.batch.producedOn, gql.locale) ?? g.batch.producedOn,
        inspections: g.batch.inspections.map((inspection) => ({ ...inspection, inspectedOn: formatDay(inspection.inspectedOn, gql.locale) ?? inspection.inspectedOn })),
      },
    })),
    tracking: publicTrackingPanel(trace.tracking, gql.locale),
  });
}

export default function TraceGoods() {
  const { t } = useTranslation();
  const { goods, tracking } = useLoaderData<typeof loader>();
  return (
    <div className="page trace">
      <h1>{t("shipments.trace.title")}</h1>
      <p className="lead">{t("shipments.trace.lead")}</p>
      <section aria-labelledby="goods-title">
        <h2 id="goods-title">{t("shipments.trace.goods")}</h2>
        <ol className="trace-goods stack">
          {goods.map((g) => (
            <li key={g.key} className="panel" data-testid="traced-goods">
              <h3>
                <bdi>{g.description}</bdi>
              </h3>
              <p>{t("shipments.trace.hsAndOrigin", { origin: g.origin, hs: g.hsCode })}</p>
              {g.batch ? (
                <>
                  <dl className="facts">
                    <dt>{t("shipments.trace.batch")}</dt>
                    <dd>
                      <bdi dir="ltr">{g.batch.code}</bdi>
                    </dd>
                    <dt>{t("shipments.trace.producer")}</dt>
                    <dd>
                      <bdi>{g.batch.producerName}</bdi>
                      {g.batch.producerPlace ? (
                        <>
                          , <bdi>{g.batch.producerPlace}</bdi>
                        </>
                      ) : null}
                      , {g.batch.producerCountry}
                    </dd>
                    <dt>{t(`shipments.trace.producedOn.${g.batch.producedKind}`)}</dt>
                    <dd>{g.batch.producedOn}</dd>
                  </dl>
                  {g.batch.inspections.length ? (
                    <>
                      <h4>{t("shipments.trace.inspections")}</h4>
                      <ul className="inspections">
                        {g.batch.inspections.map((inspection) => (
                          <li key={inspection.id}>
                            <strong>
                              <bdi>{inspection.kind}</bdi>
                            </strong>{" "}
                            · {t(`shipments.trace.result.${inspection.result}`)} · <bdi>{inspection.inspector}</bdi>
                            {inspection.place ? (
                              <>
                                , <bdi>{inspection.place}</bdi>
                              </>
                            ) : null}{" "}
                            · {inspection.inspectedOn}
                            {inspection.certificateRef ? (
                              <>
                                {" "}
                                · {t("shipments.trace.certificate")} <bdi dir="ltr">{inspection.certificateRef}</bdi>
                              </>
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                </>
              ) : (
                <p className="muted">{t("shipments.trace.noBatch")}</p>
              )}
            </li>
          ))}
        </ol>
      </section>
      <PublicTrackingPanel tracking={tracking} headingId="tracking-title" />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
