import type { Database } from "../database.js";
import { withTransaction, type ServiceContext } from "../../graph/context.js";
import { systemContext } from "../../graph/runtime.js";
import {
  approveVerification,
  createCustomsAuthority,
  createPlatformAdmin,
  registerOrganisation,
  requestVerification,
  updateOrganisation,
  type SignUpInput,
  type UpdateOrganisationInput,
} from "../../graph/identity/service.js";
import { seedDemoFxRates } from "./fx-demo.js";
import { seedDemoMarketplace } from "./marketplace.js";
import { seedDemoTrade } from "./trade.js";

/** Every demo account uses this password. It is printed in the README: demo only, never in production. */
export const DEMO_PASSWORD = "caravan-demo-2026";

export interface DemoCompany {
  email: string;
  displayName: string;
  locale: string;
  organisation: SignUpInput["organisation"];
  profile: UpdateOrganisationInput;
  /** verified: approved by the admin; pending: waiting in the admin's queue; unverified: never asked. */
  verification: "verified" | "pending" | "unverified";
}

export const DEMO_ADMIN = { email: "admin@caravan.example", displayName: "Platform Admin" };
export const DEMO_CUSTOMS = {
  legalName: "Krajowa Administracja Skarbowa (PL customs)",
  country: "PL",
  officerEmail: "jan.kowalski@customs.pl.example",
  officerDisplayName: "Jan Kowalski",
};

export const DEMO_COMPANIES: DemoCompany[] = [
  {
    email: "aminah@kelapa-nusantara.example",
    displayName: "Aminah Binti Yusof",
    locale: "en",
    organisation: { kind: "exporter", legalName: "Kelapa Nusantara Sdn. Bhd.", country: "MY", timeZone: "Asia/Kuala_Lumpur" },
    profile: {
      addressLine1: "Lot 12, Jalan Kelapa Emas", city: "Port Klang", postalCode: "42000",
      registrationNumber: "201901012345", taxId: "C2581234509", exportLicence: "MITI-EXP-2026-0413",
    },
    verification: "verified",
  },
  {
    email: "li.wei@shenzhen-bright.example",
    displayName: "Li Wei",
    locale: "en",
    organisation: { kind: "exporter", legalName: "Shenzhen Bright Lighting Co., Ltd.", country: "CN", timeZone: "Asia/Shanghai" },
    profile: {
      addressLine1: "88 Keji Road, Nanshan District", city: "Shenzhen", postalCode: "518057",
      registrationNumber: "91440300MA5DXXXX1K", taxId: "91440300MA5DXXXX1K",
    },
    verification: "verified",
  },
  {
    email: "olga@volga-grain.example",
    displayName: "Olga Smirnova",
    locale: "en",
    organisation: { kind: "exporter", legalName: "Volga Grain LLC", country: "RU", timeZone: "Europe/Samara" },
    profile: {
      addressLine1: "ul. Leningradskaya 45", city: "Samara", postalCode: "443020",
      registrationNumber: "1156312001234", taxId: "6312145678",
    },
    verification: "verified",
  },
  {
    email: "carmen@olivar-andaluz.example",
    displayName: "Carmen Ruiz",
    locale: "en",
    organisation: { kind: "exporter", legalName: "Olivar Andaluz S.L.", country: "ES", timeZone: "Europe/Madrid" },
    profile: {
      addressLine1: "Calle del Aceite 7", city: "Jaén", postalCode: "23001",
      registrationNumber: "B23456789", taxId: "ESB23456789", eori: "ESB23456789",
    },
    verification: "verified",
  },
  {
    email: "piotr@baltic-amber.example",
    displayName: "Piotr Nowak",
    locale: "en",
    organisation: { kind: "both", legalName: "Baltic Amber Sp. z o.o.", country: "PL", timeZone: "Europe/Warsaw" },
    profile: {
      addressLine1: "ul. Długa 12", city: "Gdańsk", postalCode: "80-827",
      registrationNumber: "0000412345", taxId: "5831234567", eori: "PL5831234567",
    },
    verification: "verified",
  },
  {
    email: "jeanne@kivu-coffee.example",
    displayName: "Jeanne Uwase",
    locale: "en",
    organisation: { kind: "exporter", legalName: "Kivu Highlands Coffee Ltd", country: "RW", timeZone: "Africa/Kigali" },
    profile: {
      addressLine1: "KG 9 Ave, Kacyiru", city: "Kigali",
      registrationNumber: "108765432", taxId: "108765432", exportLicence: "NAEB-EXP-2026-077",
    },
    verification: "pending",
  },
  {
    email: "marta@gdansk-foods.example",
    displayName: "Marta Wiśniewska",
    locale: "en",
    organisation: { kind: "buyer", legalName: "Gdańsk Fresh Foods Sp. z o.o.", country: "PL", timeZone: "Europe/Warsaw" },
    profile: {
      addressLine1: "ul. Portowa 3", city: "Gdańsk", postalCode: "80-601",
      registrationNumber: "0000598765", taxId: "5842345678", eori: "PL5842345678",
    },
    verification: "verified",
  },
  {
    email: "khalid@riyadh-trading.example",
    displayName: "Khalid Al-Harbi",
    locale: "ar",
    organisation: { kind: "buyer", legalName: "شركة الرياض للتجارة (Al-Riyadh Trading Co.)", country: "SA", timeZone: "Asia/Riyadh" },
    profile: {
      addressLine1: "King Fahd Road, Al Olaya", city: "Riyadh", postalCode: "12214",
      registrationNumber: "1010123456", taxId: "300123456700003",
    },
    verification: "verified",
  },
];

function actingAs(ctx: ServiceContext, userId: string, organisationId: string): ServiceContext {
  return {
    ...ctx,
    viewer: { kind: "user", userId, sessionId: null, organisationId, role: "owner", isPlatformAdmin: false, customsJurisdiction: null },
  };
}

/**
 * A realistic demo world: exporters in MY, CN, RU, ES, PL and RW, buyers in PL and SA, a platform
 * admin and the Polish customs authority with one officer. Runs once: false when already seeded.
 */
export async function seedDemoWorld(database: Database): Promise<boolean> {
  const existing = await database.db.selectFrom("users").select("id").where("email_normalized", "=", DEMO_ADMIN.email).executeTakeFirst();
  if (existing) return false;
  const system = systemContext(database);
  await withTransaction(system, async (ctx) => {
    await createPlatformAdmin(ctx, { ...DEMO_ADMIN, password: DEMO_PASSWORD });
    await createCustomsAuthority(ctx, { ...DEMO_CUSTOMS, officerPassword: DEMO_PASSWORD });
    for (const company of DEMO_COMPANIES) {
      const { user, organisation } = await registerOrganisation(ctx, {
        email: company.email,
        password: DEMO_PASSWORD,
        displayName: company.displayName,
        locale: company.locale,
        organisation: company.organisation,
      });
      const owner = actingAs(ctx, user.id, organisation.id);
      await updateOrganisation(owner, company.profile);
      if (company.verification === "unverified") continue;
      await requestVerification(owner);
      if (company.verification === "verified") await approveVerification(ctx, organisation.id);
    }
  });
  await seedDemoFxRates(database);
  await seedDemoMarketplace(database);
  await seedDemoTrade(database);
  return true;
}
