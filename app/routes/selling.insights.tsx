import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { InsightsQuery } from "../__generated__/operations";
import { BarChart, Sparkline, useRtl } from "../components/charts";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { SectionNav } from "../components/section-nav";
import { api } from "../graphql.server";
import { translatorFor } from "../locale.server";
import { INSIGHTS } from "../operations/marketplace";
import { formatDay, formatNumber } from "../utils/format";
import { formatHsCode } from "../utils/hs";
import { pageMeta } from "../utils/meta";
import { sellerPreferences } from "../viewer.server";

export const meta: MetaFunction = (args) => pageMeta(args, "insights.title");

type DemandGroup = InsightsQuery["openDemand"][number];

function quantitiesText(quantities: DemandGroup["quantities"], locale: string): string {
  return quantities.map((q) => `${formatNumber(q.total, locale)}\u00a0${q.unit.symbol}`).join(" + ");
}

/** Sums open requests per key, largest first. */
function totals<T>(items: readonly T[], key: (item: T) => string, label: (item: T) => string, count: (item: T) => number) {
  const sums = new Map<string, { label: string; value: number }>();
  for (const item of items) {
    const entry = sums.get(key(item)) ?? { label: label(item), value: 0 };
    entry.value += count(item);
    sums.set(key(item), entry);
  }
  return [...sums.values()].sort((a, b) => b.value - a.value);
}

export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  await sellerPreferences(gql);
  const { openDemand, whatSellsWhere } = await gql.query<InsightsQuery>(INSIGHTS, { first: 30 });
  const { locale } = gql;
  const t = translatorFor(locale);
  const chapterLabel = (group: DemandGroup) => (group.hsChapter ? `${group.hsChapter.code} · ${group.hsChapter.description}` : t("insights.noHsCode"));
  const requests = (value: number) => t("insights.requests", { count: value, formatted: formatNumber(value, locale) });
  const bars = (rows: { label: string; value: number }[]) => rows.map((r) => ({ ...r, valueText: requests(r.value) }));
  return json({
    byCountry: bars(totals(openDemand, (g) => g.destinationCountry.code, (g) => g.destinationCountry.name, (g) => g.openCount)),
    byChapter: bars(totals(openDemand, (g) => g.hsChapter?.code ?? "", chapterLabel, (g) => g.openCount)),
    groups: openDemand.map((group) => ({
      key: `${group.destinationCountry.code}-${group.hsChapter?.code ?? "none"}`,
      country: group.destinationCountry.name,
      chapter: chapterLabel(group),
      openCount: formatNumber(group.openCount, locale),
      quantities: quantitiesText(group.quantities, locale),
      trend: group.trend.map((week) => week.count),
      trendText: t("insights.trendText", {
        from: formatDay(group.trend[0]?.weekStart ?? null, locale),
        counts: group.trend.map((week) => formatNumber(week.count, locale)).join(", "),
      }),
    })),
    whereBars: bars(
      whatSellsWhere.map((row) => ({ label: `${row.destinationCountry.name} · ${formatHsCode(row.hsHeading.code)}`, value: row.openCount })),
    ),
    where: whatSellsWhere.map((row) => ({
      key: `${row.destinationCountry.code}-${row.hsHeading.code}`,
      country: row.destinationCountry.name,
      heading: `${formatHsCode(row.hsHeading.code)} · ${row.hsHeading.description}`,
      openCount: formatNumber(row.openCount, locale),
      quantities: quantitiesText(row.quantities, locale),
    })),
  });
}

export default function Insights() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const rtl = useRtl();
  return (
    <div className="page">
      <SectionNav section="selling" />
      <h1>{t("insights.title")}</h1>
      <p className="lead">{t("insights.lead")}</p>

      <div className="chart-grid">
        <section className="panel" aria-labelledby="by-country-title">
          <h2 id="by-country-title">{t("insights.byCountry")}</h2>
          {data.byCountry.length ? <BarChart title={t("insights.byCountry")} data={data.byCountry} rtl={rtl} /> : <p className="muted">{t("insights.none")}</p>}
        </section>
        <section className="panel" aria-labelledby="by-chapter-title">
          <h2 id="by-chapter-title">{t("insights.byChapter")}</h2>
          {data.byChapter.length ? <BarChart title={t("insights.byChapter")} data={data.byChapter} rtl={rtl} /> : <p className="muted">{t("insights.none")}</p>}
        </section>
      </div>

      <section className="panel" aria-labelledby="groups-title">
        <h2 id="groups-title">{t("insights.groups")}</h2>
        {data.groups.length ? (
          <div className="table-scroll">
            <table className="table stack-on-phone">
              <thead>
                <tr>
                  <th scope="col">{t("insights.columns.country")}</th>
                  <th scope="col">{t("insights.columns.chapter")}</th>
                  <th scope="col">{t("insights.columns.open")}</th>
                  <th scope="col">{t("insights.columns.quantity")}</th>
                  <th scope="col">{t("insights.columns.trend")}</th>
                </tr>
              </thead>
              <tbody>
                {data.groups.map((group) => (
                  <tr key={group.key}>
                    <td data-label={t("insights.columns.country")}>{group.country}</td>
                    <td data-label={t("insights.columns.chapter")}>{group.chapter}</td>
                    <td className="num" data-label={t("insights.columns.open")}>{group.openCount}</td>
                    <td className="num" data-label={t("insights.columns.quantity")}>{group.quantities}</td>
                    <td data-label={t("insights.columns.trend")}>
                      <Sparkline values={group.trend} label={group.trendText} rtl={rtl} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted">{t("insights.none")}</p>
        )}
      </section>

      <section className="panel" aria-labelledby="where-title">
        <h2 id="where-title">{t("insights.whatSellsWhere")}</h2>
        <p>{t("insights.whatSellsWhereLead")}</p>
        {data.where.length ? (
          <>
            <BarChart title={t("insights.whatSellsWhere")} data={data.whereBars} rtl={rtl} />
            <div className="table-scroll">
              <table className="table stack-on-phone">
                <thead>
                  <tr>
                    <th scope="col">{t("insights.columns.country")}</th>
                    <th scope="col">{t("insights.columns.heading")}</th>
                    <th scope="col">{t("insights.columns.open")}</th>
                    <th scope="col">{t("insights.columns.quantity")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.where.map((row) => (
                    <tr key={row.key}>
                      <td data-label={t("insights.columns.country")}>{row.country}</td>
                      <td data-label={t("insights.columns.heading")}>{row.heading}</td>
                      <td className="num" data-label={t("insights.columns.open")}>{row.openCount}</td>
                      <td className="num" data-label={t("insights.columns.quantity")}>{row.quantities}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ) : (
          <p className="muted">{t("insights.noneForYou")}</p>
        )}
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
