import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ShipmentsOfOrderQuery } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { shipmentStatusKey } from "../components/tracking-timeline";
import { api } from "../graphql.server";
import { SHIPMENTS_OF_ORDER } from "../operations/shipments";
import { formatDay } from "../utils/format";
import { pageMeta } from "../utils/meta";

export const meta: MetaFunction = (args) => pageMeta(args, "shipments.list.title");

/** The shipments of one order, for its two companies; the seller also sees whether something is left to ship. */
export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const orderId = new URL(args.request.url).searchParams.get("order") ?? "";
  if (!orderId) throw new Response(null, { status: 404 });
  const data = await gql.query<ShipmentsOfOrderQuery>(SHIPMENTS_OF_ORDER, { orderId });
  return json({
    orderId,
    canShip: !!data.shippableLines?.some((l) => l.left > 0),
    shipments: data.shipmentsOfOrder.map((s) => ({ ...s, shippedOn: formatDay(s.shippedOn, gql.locale) ?? s.shippedOn })),
  });
}

export default function OrderShipments() {
  const { t } = useTranslation();
  const { orderId, canShip, shipments } = useLoaderData<typeof loader>();
  return (
    <div className="page shipments">
      <p>
        <Link to={`/orders/${orderId}`}>{t("shipments.backToOrder")}</Link>
      </p>
      <h1>{t("shipments.list.title")}</h1>
      {canShip ? (
        <p>
          <Link to={`/shipments/new?order=${orderId}`} className="button" data-testid="ship-order">
            {t("shipments.list.new")}
          </Link>
        </p>
      ) : null}
      {shipments.length ? (
        <table className="table stack-on-phone" data-testid="shipments">
          <thead>
            <tr>
              <th scope="col">{t("shipments.fields.trackingNumber")}</th>
              <th scope="col">{t("shipments.list.status")}</th>
              <th scope="col">{t("shipments.fields.mode")}</th>
              <th scope="col">{t("shipments.list.ports")}</th>
              <th scope="col">{t("shipments.list.shippedOn")}</th>
            </tr>
          </thead>
          <tbody>
            {shipments.map((s) => (
              <tr key={s.id}>
                <td data-label={t("shipments.fields.trackingNumber")}>
                  <Link to={`/shipments/${s.id}`}>
                    <bdi dir="ltr">{s.trackingNumber}</bdi>
                  </Link>
                </td>
                <td data-label={t("shipments.list.status")}>{t(shipmentStatusKey(s.status))}</td>
                <td data-label={t("shipments.fields.mode")}>
                  {t(`customs.mode.${s.mode.toLowerCase()}`)} · <bdi>{s.carrierName}</bdi>
                </td>
                <td data-label={t("shipments.list.ports")}>
                  <bdi dir="ltr">{s.portOfLoading ?? s.exportCountry}</bdi> → <bdi dir="ltr">{s.portOfDischarge ?? s.importCountry}</bdi>
                </td>
                <td data-label={t("shipments.list.shippedOn")}>{s.shippedOn}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="panel">{t("shipments.list.none")}</p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
