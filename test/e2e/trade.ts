import type { Page } from "playwright-core";

/** Orders over the API for browser journeys that start where trade already happened. */

interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string }[];
}

/** The signed-in user of the page calls /graphql with their session cookie, as an integration would. */
export async function graphql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post("/graphql", { data: { query, variables }, headers: { "content-type": "application/json" } });
  const body = (await response.json()) as GraphQLAnswer<T>;
  if (!body.data || body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export function payload<T extends { userErrors: unknown[] }>(answer: T): T {
  if (answer.userErrors.length) throw new Error(JSON.stringify(answer.userErrors));
  return answer;
}

/**
 * Gdańsk Fresh Foods orders 20 t of Kelapa Nusantara's coconuts CIF Gdańsk into escrow; Kelapa
 * Nusantara confirms and the buyer pays in the sandbox: an order ready to ship.
 */
export async function paidCoconutOrder(seller: Page, buyer: Page, key: string): Promise<string> {
  const { myListings } = await graphql<{ myListings: { edges: { node: { id: string; externalRef: string | null } }[] } }>(seller, "{ myListings(first: 50) { edges { node { id externalRef } } } }");
  const listingId = myListings.edges.find((e) => e.node.externalRef === "KLP-COCO-FRESH")!.node.id;
  const placed = await graphql<{ placeOrder: { order: { id: string } | null; userErrors: unknown[] } }>(
    buyer,
    "mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { order { id } userErrors { field code message } } }",
    { input: { idempotencyKey: `${key}-${Date.now()}`, listingId, quantity: 20, incoterm: "CIF", paymentTerms: "ESCROW" } },
  );
  const orderId = payload(placed.placeOrder).order!.id;
  const confirmed = await graphql<{ moveOrder: { userErrors: unknown[] } }>(seller, "mutation($id: ID!) { moveOrder(id: $id, action: CONFIRM) { userErrors { field code message } } }", { id: orderId });
  payload(confirmed.moveOrder);
  const paid = await graphql<{ payOrder: { userErrors: unknown[] } }>(buyer, "mutation($input: PayOrderInput!) { payOrder(input: $input) { userErrors { field code message } } }", {
    input: { orderId, provider: "SANDBOX", method: "BLIK" },
  });
  payload(paid.payOrder);
  return orderId;
}
