import { newTimeOrderedId, nowIso } from "../../db/ids.js";
import { convertQuantity, findIncoterm } from "../../db/reference/index.js";
import type { OrderLinesTable, OrderPartiesTable, OrdersTable } from "../../db/types.js";
import { checkPort } from "../catalog/service.js";
import { assessTradeCompliance, holdForScreening, type ScreeningHit } from "../compliance/service.js";
import { withTransaction, type ServiceContext, type Viewer } from "../context.js";
import { conflict, DomainError, forbidden, notFound, problem, UserInputProblems } from "../errors.js";
import { eventPricesAt } from "../events/service.js";
import { convertMoney } from "../fx/service.js";
import { actorUserId, requireConfirmedEmail, requireOrganisation } from "../identity/guards.js";
import { getOrganisation, type Organisation } from "../identity/service.js";
import { getListing, tierPrice, type Listing } from "../listings/service.js";
import { shippingOptions, type ShippingOption } from "../logistics/service.js";
import { getQuote, getSourcingRequest } from "../sourcing/service.js";
import { chooseShipping, landedCostAtPlacement } from "./checkout.js";
import { placePrepared, type PreparedOrder } from "./group-commit.js";
import {
  checkPlaceOrder,
  lineTotalMinor,
  lineWeights,
  requestHash,
  termsFitQuote,
  type PartyInput,
  type PlaceOrderData,
  type PlaceOrderInput,
  type PartyRole,
} from "./order-rules.js";
import { liveOrderOfQuote, loadOrder, ordersByKeys, type Order } from "./repository.js";

/**
 * Placing an order: the goods and their price (a listing's tier or sale price, or an accepted
 * quote), the parties, the chosen shipping option and its freight, the compliance checks of the
 * lane, the HS chapter and the parties, the landed cost and the exchange rate locked into the
 * buyer's currency. Everything here happens before any lock; group-commit.ts then takes the stock.
 */

const SYSTEM: Viewer = { kind: "system" };

function partyRow(orderId: string, role: PartyRole, source: Organisation | PartyInput): OrderPartiesTable {
  const org = "legalName" in source ? source : null;
  const input = org ? null : (source as PartyInput);
  return {
    order_id: orderId,
    role,
    organisation_id: org?.id ?? null,
    name: org?.legalName ?? input!.name,
    address_line1: (org ? org.addressLine1 : input!.addressLine1) ?? null,
    address_line2: (org ? org.addressLine2 : input!.addressLine2) ?? null,
    city: (org ? org.city : input!.city) ?? null,
    postal_code: (org ? org.postalCode : input!.postalCode) ?? null,
    country: org?.country ?? input!.country.toUpperCase(),
    tax_id: (org ? org.taxId : input!.taxId) ?? null,
    eori: (org ? org.eori : input!.eori) ?? null,
    registration_number: org?.registrationNumber ?? null,
    contact: input?.contact ?? null,
  };
}

interface Goods {
  sellerOrganisationId: string;
  listing: Listing | null;
  quoteId: string | null;
  saleEventId: string | null;
  hsCode: string;
  originCountry: string;
  description: string;
  quantity: number;
  unit: string;
  /** Stock taken, in the listing's unit. */
  reserved: number | null;
  unitPriceMinor: number;
  currency: string;
  incoterm: string;
  namedPlace: string;
  destinationCountry: string | null;
  destinationPort: string | null;
}

async function goodsFromListing(ctx: ServiceContext, data: PlaceOrderData): Promise<Goods> {
  const listing = await getListing(ctx, data.listingId!);
  if (!listing || listing.status !== "active") throw problem("listingId", "ORDER_LISTING_UNAVAILABLE");
  const quantity = data.quantity!;
  if (quantity < listing.moq)
    throw problem("quantity", "ORDER_BELOW_MOQ", {
      moq: listing.moq,
      unit: listing.unit,
    });
  if (quantity > listing.availableQuantity)
    throw problem("quantity", "ORDER_ABOVE_STOCK", {
      available: listing.availableQuantity,
      unit: listing.unit,
    });
  const offered = data.incoterm ? listing.incoterms.find((t) => t.code === data.incoterm) : listing.incoterms[0];
  if (!offered)
    throw problem("incoterm", "ORDER_INCOTERM_NOT_OFFERED", {
      incoterm: data.incoterm ?? "",
    });
  // A sale price applies while its window is open at the moment of ordering, start inclusive, end exclusive.
  const eventPrice = (await eventPricesAt(ctx, [listing.id], ctx.now())).get(listing.id);
  return {
    sellerOrganisationId: listing.organisationId,
    listing,
    quoteId: null,
    saleEventId: eventPrice?.eventId ?? null,
    hsCode: listing.hsCode,
    originCountry: listing.originCountry,
    description: listing.title,
    quantity,
    unit: listing.unit,
    reserved: quantity,
    unitPriceMinor: eventPrice?.unitPriceMinor ?? tierPrice(listing.priceTiers, quantity),
    currency: listing.currency,
    incoterm: offered.code,
    namedPlace: offered.namedPlace,
    destinationCountry: null,
    destinationPort: null,
  };
}

async function goodsFromQuote(ctx: ServiceContext, data: PlaceOrderData, buyerId: string): Promise<Goods> {
  const quote = await getQuote(ctx, data.quoteId!);
  const request = quote ? await getSourcingRequest(ctx, quote.requestId) : null;
  if (!quote || !request) throw problem("quoteId", "ORDER_QUOTE_NOT_FOUND");
  if (request.buyerOrganisationId !== buyerId) throw forbidden("ORDER_QUOTE_BUYER_ONLY");
  if (quote.status !== "accepted") throw problem("quoteId", "ORDER_QUOTE_NOT_ACCEPTED");
  if (!termsFitQuote(data.paymentTerms, data.creditDays, quote.paymentTerms))
    throw problem("paymentTerms", "ORDER_TERMS_WORSE_THAN_QUOTE", {
      terms: quote.paymentTerms,
    });
  const listing = quote.listingId ? await getListing({ ...ctx, viewer: SYSTEM }, quote.listingId) : null;
  const hsCode = data.hsCode ?? listing?.hsCode ?? (request.hsCode && request.hsCode.length >= 6 ? request.hsCode : null);
  if (!hsCode) throw problem("hsCode", "ORDER_HS_CODE_REQUIRED");
  const seller = await getOrganisation({ ...ctx, viewer: SYSTEM }, quote.sellerOrganisationId);
  const reserved = listing ? convertQuantity(quote.quantity, quote.unit, listing.unit) ?? null : null;
  if (listing && reserved !== null && reserved > listing.availableQuantity) {
    throw problem("quoteId", "ORDER_ABOVE_STOCK", {
      available: listing.availableQuantity,
      unit: listing.unit,
    });
  }
  return {
    sellerOrganisationId: quote.sellerOrganisationId,
    listing: reserved === null ? null : listing,
    quoteId: quote.id,
    saleEventId: null,
    hsCode,
    originCountry: listing?.originCountry ?? seller?.country ?? "",
    description: listing?.title ?? request.title,
    quantity: quote.quantity,
    unit: quote.unit,
    reserved,
    unitPriceMinor: quote.unitPrice.amountMinor,
    currency: quote.unitPrice.currency,
    incoterm: quote.incoterm,
    namedPlace: quote.namedPlace,
    destinationCountry: request.destinationCountry,
    destinationPort: request.destinationPort,
  };
}

async function lockRate(ctx: ServiceContext, amountMinor: number, currency: string, buyerCurrency: string) {
  try {
    return await convertMoney(ctx, { amountMinor, currency }, buyerCurrency);
  } catch (error) {
    if (error instanceof DomainError && error.messageKey === "FX_RATE_MISSING") throw problem("currency", "FX_RATE_MISSING", error.params);
    throw error;
  }
}

interface Prepared {
  prepared: PreparedOrder;
  /** Parties resembling a denied party: the order is placed on hold for an admin's review. */
  hits: ScreeningHit[];
}

/** The embargo and licence refusals, each on the checkout field that fixes it (one line per order). */
function refusalProblems(refusals: readonly { code: string; params: Record<string, string> }[]): UserInputProblems {
  return new UserInputProblems(
    refusals.map((r) => ({
      field: r.code === "LICENCE_REQUIRED" ? "licenceNumber" : "destinationCountry",
      code: r.code,
      params: r.params,
    }))
  );
}

/**
 * Everything about a new order that needs no lock: who, what, at which price, the parties'
 * addresses, the compliance checks, the chosen shipping and its freight, the landed cost and the
 * rate locked into the buyer's currency. Placing then only takes stock and writes.
 */
async function prepareOrder(ctx: ServiceContext, buyerId: string, data: PlaceOrderData): Promise<Prepared> {
  const system = { ...ctx, viewer: SYSTEM };
  const goods = data.listingId ? await goodsFromListing(ctx, data) : await goodsFromQuote(ctx, data, buyerId);
  if (goods.sellerOrganisationId === buyerId) throw problem(data.listingId ? "listingId" : "quoteId", "ORDER_OWN_GOODS");
  const [buyer, seller] = await Promise.all([getOrganisation(system, buyerId), getOrganisation(system, goods.sellerOrganisationId)]);
  if (!buyer || !seller) throw notFound("ORGANISATION_NOT_FOUND");

  const destinationCountry = data.destinationCountry ?? goods.destinationCountry ?? buyer.country;
  const destinationPort = data.destinationPort ?? goods.destinationPort;
  if (data.destinationPort) {
    const port = await checkPort(ctx, data.destinationPort, "destinationPort");
    if (port.country !== destinationCountry)
      throw problem("destinationPort", "ORDER_PORT_NOT_IN_DESTINATION", {
        country: destinationCountry,
      });
  }
  const incoterm = findIncoterm(data.incoterm ?? goods.incoterm);
  if (data.quoteId && data.incoterm && data.incoterm !== goods.incoterm)
    throw problem("incoterm", "ORDER_INCOTERM_NOT_OFFERED", {
      incoterm: data.incoterm,
    });
  const incotermCode = incoterm?.code ?? goods.incoterm;
  const consignee = data.consignee ?? buyer;
  const notify = data.notifyParty ?? data.consignee ?? buyer;

  const shipFromPort = goods.listing?.shipFromPort ?? null;
  const shipFromCountry = shipFromPort ? shipFromPort.slice(0, 2) : seller.country;
  const weights = lineWeights(goods.reserved ?? goods.quantity, goods.listing?.unit ?? goods.unit, {
    netWeightKg: goods.listing?.netWeightKg ?? null,
    grossWeightKg: goods.listing?.grossWeightKg ?? null,
    volumeM3: goods.listing?.volumeM3 ?? null,
  });
  const goodsTotal = lineTotalMinor(goods.unitPriceMinor, goods.quantity);
  // Independent reads: on PostgreSQL they overlap; a refusal still changes nothing.
  const [compliance, shipping] = await Promise.all([
    assessTradeCompliance(ctx, {
      originCountry: goods.originCountry || shipFromCountry,
      destinationCountry,
      on: ctx.now(),
      lines: [{ hsCode: goods.hsCode, licenceNumber: data.licenceNumber }],
      parties: [
        { role: "buyer", name: buyer.legalName, country: buyer.country },
        { role: "seller", name: seller.legalName, country: seller.country },
        {
          role: "consignee",
          name: "legalName" in consignee ? consignee.legalName : consignee.name,
          country: consignee.country.toUpperCase(),
        },
        {
          role: "notify",
          name: "legalName" in notify ? notify.legalName : notify.name,
          country: notify.country.toUpperCase(),
        },
      ],
    }),
    data.shippingOptionId
      ? chooseShipping(ctx, {
          optionId: data.shippingOptionId,
          origin: shipFromCountry,
          destination: destinationCountry,
          weights,
          listingId: goods.listing?.id ?? null,
          incoterm: incotermCode,
          orderCurrency: goods.currency,
        })
      : null,
  ]);
  if (compliance.refusals.length) throw refusalProblems(compliance.refusals);
  const freight = shipping?.freightMinor ?? 0;
  const insurance = 0;
  const total = goodsTotal + freight + insurance;
  const [locked, landed] = await Promise.all([
    lockRate(ctx, total, goods.currency, buyer.preferredCurrency),
    landedCostAtPlacement(ctx, {
      hsCode: goods.hsCode,
      originCountry: goods.originCountry || shipFromCountry,
      goods: { amountMinor: goodsTotal, currency: goods.currency },
      freight: shipping?.buyerPaysFreight ? shipping.option.cost : null,
      incoterm: incotermCode,
      destinationCountry,
      currency: buyer.preferredCurrency,
    }),
  ]);

  const now = ctx.now();
  const at = nowIso(now);
  const id = newTimeOrderedId("ord", now);
  const order: OrdersTable = {
    id,
    buyer_organisation_id: buyerId,
    seller_organisation_id: seller.id,
    status: "draft",
    idempotency_key: data.idempotencyKey,
    request_hash: requestHash(data),
    listing_id: data.listingId ? goods.listing!.id : goods.listing?.id ?? null,
    quote_id: goods.quoteId,
    sale_event_id: goods.saleEventId,
    buyer_reference: data.buyerReference,
    currency: goods.currency,
    goods_total_minor: goodsTotal,
    freight_minor: freight,
    insurance_minor: insurance,
    total_minor: total,
    incoterm: incotermCode,
    named_place: goods.namedPlace,
    payment_terms: data.paymentTerms,
    payment_method: data.paymentMethod ?? null,
    credit_days: data.paymentTerms === "open_account" ? data.creditDays ?? null : null,
    buyer_currency: locked.to.currency,
    fx_rate: locked.rate,
    fx_rate_date: locked.asOf,
    fx_source: locked.source,
    total_buyer_minor: locked.to.amountMinor,
    ship_from_country: shipFromCountry,
    ship_from_port: shipFromPort,
    destination_country: destinationCountry,
    destination_port: destinationPort,
    shipping_option_id: shipping?.option.id ?? null,
    shipping_mode: shipping?.option.mode ?? null,
    carrier_label: shipping?.option.carrierLabel ?? null,
    transit_days_min: shipping?.option.transitDaysMin ?? null,
    transit_days_max: shipping?.option.transitDaysMax ?? null,
    estimated_delivery: shipping?.option.estimatedDelivery ?? null,
    gross_weight_kg: weights.grossWeightKg,
    net_weight_kg: weights.netWeightKg,
    volume_m3: weights.volumeM3,
    compliance_hold: compliance.screeningHits.length ? holdReason(compliance.screeningHits) : null,
    landed_cost: landed ? JSON.stringify(landed) : null,
    dispatched_at: null,
    delivered_at: null,
    created_by_user_id: actorUserId(ctx.viewer),
    created_at: at,
    updated_at: at,
  };
  const line: OrderLinesTable = {
    order_id: id,
    position: 1,
    listing_id: goods.listing?.id ?? null,
    hs_code: goods.hsCode,
    origin_country: goods.originCountry,
    description: goods.description,
    quantity: goods.quantity,
    unit: goods.unit,
    reserved_quantity: goods.listing ? goods.reserved : null,
    unit_price_minor: goods.unitPriceMinor,
    line_total_minor: goodsTotal,
    net_weight_kg: weights.netWeightKg,
    gross_weight_kg: weights.grossWeightKg,
    volume_m3: weights.volumeM3,
    packaging: goods.listing?.packaging ?? null,
    licence_number: data.licenceNumber ?? null,
  };
  const parties = [partyRow(id, "buyer", buyer), partyRow(id, "seller", seller), partyRow(id, "consignee", consignee), partyRow(id, "notify", notify)];
  const listing = goods.listing;
  const prepared: PreparedOrder = {
    rows: {
      order,
      lines: [line],
      parties,
      events: [
        {
          id: newTimeOrderedId("oev", now),
          order_id: id,
          action: "place",
          from_status: null,
          to_status: "draft",
          actor_role: "buyer",
          actor_user_id: actorUserId(ctx.viewer),
          note: null,
          created_at: at,
        },
      ],
    },
    stock:
      listing && goods.reserved !== null
        ? {
            listingId: listing.id,
            quantity: goods.reserved,
            unit: listing.unit,
          }
        : null,
    outOfStock: () =>
      problem(data.listingId ? "quantity" : "quoteId", "ORDER_ABOVE_STOCK", {
        available: listing?.availableQuantity ?? 0,
        unit: listing?.unit ?? goods.unit,
      }),
  };
  return { prepared, hits: compliance.screeningHits };
}

/** What the order page and the admin's queue say while the order waits: each resemblance, best first. */
function holdReason(hits: readonly ScreeningHit[]): string {
  return hits
    .slice(0, 5)
    .map((h) => `${h.partyRole}: ${h.partyName} ≈ ${h.listedName} (${h.listSource})`)
    .join("; ");
}

async function replayOf(ctx: ServiceContext, buyerId: string, data: PlaceOrderData): Promise<Order | null> {
  const before = (await ordersByKeys(ctx.db, [{ buyer: buyerId, key: data.idempotencyKey }])).get(`${buyerId}\u0000${data.idempotencyKey}`);
  if (!before) return null;
  if (before.requestHash !== requestHash(data)) throw conflict("IDEMPOTENCY_KEY_REUSED");
  return loadOrder(ctx.db, before.id);
}

/**
 * The buyer places an order from a listing or an accepted quote. Stock is taken in the same
 * transaction that writes the order; a retry with the same idempotency key returns the first order,
 * the same key with another body is a CONFLICT.
 */
export async function placeOrder(ctx: ServiceContext, input: PlaceOrderInput): Promise<{ order: Order; replayed: boolean }> {
  const { organisationId: buyerId } = requireOrganisation(ctx.viewer);
  await requireConfirmedEmail(ctx);
  const data = checkPlaceOrder(input);
  // A retry is answered from what was stored, even when the listing has sold out since.
  const replay = await replayOf(ctx, buyerId, data);
  if (replay) return { order: replay, replayed: true };
  const { prepared, hits } = await prepareOrder(ctx, buyerId, data);
  if (prepared.rows.order.quote_id && (await liveOrderOfQuote(ctx.db, prepared.rows.order.quote_id, prepared.rows.order.idempotency_key))) {
    throw conflict("ORDER_QUOTE_ALREADY_ORDERED");
  }
  // A held order and its screening review are written together, outside the batch: rare, and never one without the other.
  const placement = hits.length
    ? await withTransaction(ctx, async (tctx) => {
        const written = await placePrepared(tctx, prepared);
        if (written.created) {
          const countryOf = new Map(written.order.parties.map((p) => [p.role as string, p.country]));
          await holdForScreening(tctx, {
            subjectKind: "order",
            subjectId: written.order.id,
            hits: hits.map((h) => ({
              ...h,
              partyCountry: countryOf.get(h.partyRole) ?? null,
            })),
          });
        }
        return written;
      })
    : await placePrepared(ctx, prepared);
  if (placement.created) return { order: placement.order, replayed: false };
  const order = await loadOrder(ctx.db, placement.orderId);
  if (!order) throw new DomainError("CONFLICT", "ORDER_CHANGED_MEANWHILE");
  return { order, replayed: true };
}

export interface OrderPreview {
  order: OrdersTable;
  line: OrderLinesTable;
  buyerPaysFreight: boolean;
  shippingOptions: ShippingOption[];
  buyerCountry: string;
  wouldBeHeld: boolean;
}

/**
 * Checkout's summary: the order exactly as placeOrder would build it now (the same checks, the
 * same refusals), with every shipping option for its lane, but nothing reserved or written.
 */
export async function previewOrder(ctx: ServiceContext, input: PlaceOrderInput): Promise<OrderPreview> {
  const { organisationId: buyerId } = requireOrganisation(ctx.viewer);
  const data = checkPlaceOrder(input);
  const { prepared, hits } = await prepareOrder(ctx, buyerId, data);
  const order = prepared.rows.order;
  const line = prepared.rows.lines[0]!;
  const weightKg = order.gross_weight_kg ?? order.net_weight_kg;
  const options = weightKg
    ? await shippingOptions(ctx, {
        origin: order.ship_from_country,
        destination: order.destination_country,
        weightKg,
        volumeM3: order.volume_m3 ?? 0,
        listingId: line.listing_id,
      })
    : [];
  const group = findIncoterm(order.incoterm)?.group;
  return {
    order,
    line,
    buyerPaysFreight: group === "E" || group === "F",
    shippingOptions: options,
    buyerCountry: prepared.rows.parties.find((p) => p.role === "buyer")!.country,
    wouldBeHeld: hits.length > 0,
  };
}
