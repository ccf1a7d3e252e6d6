import { expect, it } from "vitest";
import { DEMO_PASSWORD, seedDemoWorld } from "../../db/seed/index.js";
import { DEMO_TRACKING_NUMBER } from "../../db/seed/trade.js";
import { documentsOfShipment } from "../../graph/documents/service.js";
import { verifyDocumentById } from "../../graph/documents/verify.js";
import { shipmentsOfOrder } from "../../graph/logistics/shipments.js";
import { traceShipment, trackShipment } from "../../graph/logistics/public.js";
import { systemContext } from "../../graph/runtime.js";
import { orderLedger } from "../../graph/trade/payments.js";
import { myOrders } from "../../graph/trade/service.js";
import { describeEachDatabase } from "../support/db.js";
import { signedIn } from "../support/companies.js";

describeEachDatabase("the demo world's coconuts on the way", (db) => {
  it("the demo buyer finds its 40 t of coconuts paid into escrow and at sea from Port Klang; anyone traces them to the Johor estate; the Polish officer has their documents", async () => {
    await seedDemoWorld(db());
    const marta = await signedIn(db(), "marta@gdansk-foods.example", { password: DEMO_PASSWORD });
    const [order, ...others] = (await myOrders(marta, { first: 10, side: "buyer" })).edges.map((e) => e.node);
    expect(others).toEqual([]);
    expect(order).toMatchObject({ status: "shipped", incoterm: "CIF", paymentTerms: "escrow", currency: "USD" });
    const ledger = await orderLedger(marta, order!);
    expect(ledger.balances.balanced).toBe(true);
    expect(ledger.balances.accounts.escrow).toBeGreaterThan(0);

    const [shipment] = await shipmentsOfOrder(marta, order!.id);
    expect(shipment).toMatchObject({ trackingNumber: DEMO_TRACKING_NUMBER, status: "in_transit", portOfLoading: "MYPKG", portOfDischarge: "PLGDN" });

    const tracking = await trackShipment(systemContext(db()), DEMO_TRACKING_NUMBER);
    expect(tracking!.events.map((e) => e.code)).toEqual(["booked", "picked_up", "export_cleared", "departed"]);
    const trace = await traceShipment(systemContext(db()), shipment!.traceCode);
    expect(trace!.goods).toEqual([
      expect.objectContaining({
        hsCode: "080119",
        batch: expect.objectContaining({ code: "JHR-2611-07", producerName: "Ladang Kelapa Sri Medan", producedKind: "harvest", inspections: [expect.objectContaining({ kind: "phytosanitary", result: "passed" })] }),
      }),
    ]);

    const jan = await signedIn(db(), "jan.kowalski@customs.pl.example", { password: DEMO_PASSWORD });
    const documents = await documentsOfShipment(jan, shipment!.id);
    expect(documents.map((d) => d.kind).sort()).toEqual(["bill_of_lading", "certificate_of_origin", "commercial_invoice", "packing_list"]);
    for (const document of documents) expect((await verifyDocumentById(systemContext(db()), document.id)).verdict).toBe("genuine");
  });
});
