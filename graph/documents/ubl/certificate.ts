import { originFormFor } from "../rules.js";
import type { DocumentSnapshot, PartySnapshot } from "../snapshot.js";
import type { IssueMeta } from "../types/frame.js";
import { country, header, notes, party, partyContent, shipment } from "./common.js";
import { document, el, val } from "./xml.js";

export const ORIGIN_FORM_NAME = {
  non_preferential: "Certificate of origin (non-preferential)",
  form_e: "ASEAN-China FTA Form E",
  eur1: "Movement certificate EUR.1",
} as const;

/**
 * The certificate of origin as a UBL 2.1 CertificateOfOrigin. The issuer endorsement is required
 * by the schema: until a chamber of commerce endorses it, the exporter's own declaration stands
 * there with the status "declared".
 */
export function certificateUbl(snapshot: DocumentSnapshot, meta: IssueMeta): string {
  const h = header(meta);
  const form = originFormFor(snapshot.originCountry, snapshot.destinationCountry);
  const endorsement = meta.endorsement;
  const authority: PartySnapshot = endorsement
    ? { organisationId: null, name: endorsement.authorityName, addressLines: [], country: snapshot.originCountry }
    : snapshot.seller;
  const endorser = (role: string, p: PartySnapshot, signatory: string) =>
    [val("cbc:RoleCode", role), val("cbc:SequenceNumeric", "1"), party("cac:Party", p), el("cac:SignatoryContact", val("cbc:Name", signatory))];
  const exporterEndorser = endorser("exporter", snapshot.seller, snapshot.signatory.name);
  const issuerEndorser = endorsement ? endorser("issuing-authority", authority, endorsement.officerName) : exporterEndorser;
  return document(
    "CertificateOfOrigin",
    h.id,
    h.uuid,
    h.date,
    val("cbc:Description", ORIGIN_FORM_NAME[form]),
    notes(meta),
    val("cbc:VersionID", String(meta.version)),
    party("cac:ExporterParty", snapshot.seller),
    party("cac:ImporterParty", snapshot.buyer),
    el(
      "cac:CertificateOfOriginApplication",
      val("cbc:ReferenceID", meta.number),
      val("cbc:CertificateType", ORIGIN_FORM_NAME[form]),
      val("cbc:ApplicationStatusCode", endorsement ? "endorsed" : "declared"),
      val("cbc:OriginalJobID", snapshot.orderReference),
      shipment(snapshot, { originCriteria: form !== "non_preferential", consignment: true }),
      el("cac:EndorserParty", exporterEndorser),
      el("cac:PreparationParty", partyContent(snapshot.seller)),
      el("cac:IssuerParty", partyContent(authority)),
      party("cac:ExporterParty", snapshot.seller),
      party("cac:ImporterParty", snapshot.consignee),
      country("cac:IssuingCountry", snapshot.originCountry),
      el("cac:SupportingDocumentReference", val("cbc:ID", snapshot.orderReference), val("cbc:DocumentType", "Order")),
    ),
    el(
      "cac:IssuerEndorsement",
      val("cbc:DocumentID", meta.number),
      val("cbc:ApprovalStatus", endorsement ? "endorsed" : "declared"),
      endorsement ? val("cbc:Remarks", `Endorsed by ${endorsement.authorityName}, ${endorsement.officerName}, ${endorsement.endorsedAt.slice(0, 10)}`) : null,
      el("cac:EndorserParty", issuerEndorser),
    ),
  );
}
