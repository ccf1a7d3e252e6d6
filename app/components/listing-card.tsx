import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CompanyName } from "./badges";
import { Photo, PhotoPlaceholder, type PhotoView } from "./photo";

/** A listing as the catalogue shows it; every number is already formatted for the viewer. */
export interface ListingCardData {
  id: string;
  title: string;
  hsCode: string;
  origin: string;
  photo: PhotoView | null;
  priceFrom: string;
  unitSymbol: string;
  priceInViewerCurrency: string | null;
  moq: string;
  available: string;
  leadTimeDays: number;
  incoterms: string[];
  seller: { legalName: string; verified: boolean };
  eventPrice: { price: string; event: string } | null;
}

export function ListingCard({ listing }: { listing: ListingCardData }) {
  const { t } = useTranslation();
  const headingId = `listing-${listing.id}`;
  return (
    <li className="card listing-card" aria-labelledby={headingId} data-listing={listing.id}>
      {/* The title beside it names the goods: the thumbnail adds nothing a screen reader should repeat. */}
      {listing.photo ? (
        <Photo photo={listing.photo} alt="" className="listing-thumb" sizes="(max-width: 40rem) calc(100vw - 4rem), 22rem" />
      ) : (
        <PhotoPlaceholder className="listing-thumb" />
      )}
      <h2 id={headingId}>
        <Link to={`/listings/${listing.id}`}>
          <bdi>{listing.title}</bdi>
        </Link>
      </h2>
      <p className="price">
        {t("catalogue.priceFrom", { price: listing.priceFrom, unit: listing.unitSymbol })}
        {listing.priceInViewerCurrency ? <span className="muted"> {t("catalogue.approx", { price: listing.priceInViewerCurrency })}</span> : null}
      </p>
      {listing.eventPrice ? (
        <p className="event-tag">
          {t("catalogue.eventPrice", { price: listing.eventPrice.price, unit: listing.unitSymbol, event: listing.eventPrice.event })}
        </p>
      ) : null}
      <dl className="facts">
        <div>
          <dt>{t("listing.moq")}</dt>
          <dd>{listing.moq}</dd>
        </div>
        <div>
          <dt>{t("listing.available")}</dt>
          <dd>{listing.available}</dd>
        </div>
        <div>
          <dt>{t("listing.leadTime")}</dt>
          <dd>{t("listing.days", { count: listing.leadTimeDays })}</dd>
        </div>
        <div>
          <dt>{t("listing.origin")}</dt>
          <dd>{listing.origin}</dd>
        </div>
        <div>
          <dt>{t("listing.hsCode")}</dt>
          <dd>
            <code dir="ltr">{listing.hsCode}</code>
          </dd>
        </div>
        <div>
          <dt>{t("listing.incoterms")}</dt>
          <dd dir="ltr">{listing.incoterms.join(", ")}</dd>
        </div>
      </dl>
      <p className="card-action">
        <CompanyName name={listing.seller.legalName} verified={listing.seller.verified} />
      </p>
    </li>
  );
}
