import { useTranslation } from "react-i18next";
import type { RequestView } from "../utils/request-view";

/** What a buyer asked for, as a definition list. */
export function RequestFacts({ request }: { request: RequestView }) {
  const { t } = useTranslation();
  const rows: [string, string | null][] = [
    [t("request.quantity"), request.quantity],
    [t("request.target"), request.target ? t("request.perUnit", { price: request.target, unit: request.unit.symbol }) : null],
    [t("request.destination"), request.port ? `${request.destination} · ${request.port}` : request.destination],
    [t("request.incoterm"), `${request.incoterm.code} · ${request.incoterm.name}`],
    [t("request.neededBy"), request.neededBy],
    [t("request.hsCode"), request.hs ? `${request.hs.code}${request.hs.description ? ` · ${request.hs.description}` : ""}` : null],
    [t("request.keywords"), request.keywords.length ? request.keywords.join(", ") : null],
    [t("request.quotes"), t("request.quoteCount", { count: request.quoteCount, cap: request.quoteCap })],
    [t("request.deadline"), request.deadline],
    [t("request.visibility"), t(`request.visibilities.${request.visibility}`)],
  ];
  return (
    <dl className="details">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>
              <bdi>{value}</bdi>
            </dd>
          </div>
        ))}
    </dl>
  );
}
