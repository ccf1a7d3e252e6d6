import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { TrackShipmentQuery } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { TextField } from "../components/fields";
import { PublicTrackingPanel } from "../components/tracking-timeline";
import { api } from "../graphql.server";
import { TRACK_SHIPMENT } from "../operations/shipments";
import { publicTrackingPanel } from "../tracking.server";
import { pageMeta } from "../utils/meta";

export const meta: MetaFunction = (args) => pageMeta(args, "shipments.track.title");

/** Public: anyone with a tracking number sees the journey, never the parties, prices or goods. */
export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  const number = new URL(args.request.url).searchParams.get("number")?.trim() ?? "";
  if (!number) return json({ number, tracking: null, unknown: false });
  const { trackShipment } = await gql.query<TrackShipmentQuery>(TRACK_SHIPMENT, { trackingNumber: number.slice(0, 64) });
  return json({ number, unknown: !trackShipment, tracking: trackShipment && publicTrackingPanel(trackShipment, gql.locale) });
}

export default function Track() {
  const { t } = useTranslation();
  const { number, tracking, unknown } = useLoaderData<typeof loader>();
  return (
    <div className="page track">
      <h1>{t("shipments.track.title")}</h1>
      <p className="lead">{t("shipments.track.lead")}</p>
      <Form method="get" className="panel stack" role="search">
        <TextField name="number" label={t("shipments.fields.trackingNumber")} defaultValue={number} dir="ltr" autoComplete="off" />
        <div className="actions">
          <button type="submit" className="button">
            {t("shipments.track.search")}
          </button>
        </div>
      </Form>
      {unknown ? (
        <p className="panel" role="status">
          {t("shipments.track.unknown", { number })}
        </p>
      ) : null}
      {tracking ? <PublicTrackingPanel tracking={tracking} headingId="tracking-title" /> : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
