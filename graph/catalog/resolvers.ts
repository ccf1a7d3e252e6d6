import type { TransportMode } from "../../db/reference/index.js";
import type { IncotermNamedPlace, Resolvers, TransportMode as ApiTransportMode, UnitQuantity } from "../__generated__/resolvers.js";
import * as catalog from "./service.js";

const upper = <T extends string>(value: string) => value.toUpperCase() as T;
const modesOut = (modes: readonly TransportMode[]) => modes.map((mode) => upper<ApiTransportMode>(mode));

export const resolvers: Resolvers = {
  Query: {
    countries: (_, __, ctx) => catalog.listCountries(ctx),
    country: (_, { code }, ctx) => catalog.getCountry(ctx, code),
    currencies: () => catalog.listCurrencies(),
    incoterms: (_, { mode }) => catalog.listIncoterms(mode ? (mode.toLowerCase() as TransportMode) : null),
    unitsOfMeasure: () => catalog.listUnitsOfMeasure(),
    hsSections: () => catalog.listHsSections(),
    hsCode: (_, { code }, ctx) => catalog.getHsCode(ctx, code),
    hsCodes: (_, args, ctx) => catalog.searchHsCodes(ctx, args),
    port: (_, { locode }, ctx) => catalog.getPort(ctx, locode),
    ports: (_, { kind, ...args }, ctx) => catalog.searchPorts(ctx, { ...args, kind: kind ? (kind.toLowerCase() as catalog.PortKind) : null }),
  },
  Incoterm: {
    // The rule's name as the ICC's translations give it in the viewer's language; the code stays the code.
    name: (term, _, ctx) => ctx.t(`incotermRule.${term.code}`, { defaultValue: term.name }),
    transportModes: (term) => modesOut(catalog.incotermTransportModes(term)),
    namedPlace: (term) => upper<IncotermNamedPlace>(term.namedPlace),
  },
  UnitOfMeasure: {
    // UN/ECE Rec 20 names units in English only; each market reads them in its own words and symbols.
    name: (unit, _, ctx) => ctx.t(`unitName.${unit.code}`, { defaultValue: unit.name }),
    symbol: (unit, _, ctx) => ctx.t(`unitSymbol.${unit.code}`, { defaultValue: unit.symbol }),
    quantity: (unit) => upper<UnitQuantity>(unit.quantity),
  },
  HsCode: {
    section: (code) => catalog.sectionOf(code),
    parent: (code, _, ctx) => (code.parentCode ? catalog.getHsCode(ctx, code.parentCode) : null),
    children: (code, _, ctx) => catalog.hsCodeChildren(ctx, code.code),
  },
  Port: {
    transportModes: (port) => modesOut(catalog.portTransportModes(port)),
  },
};
