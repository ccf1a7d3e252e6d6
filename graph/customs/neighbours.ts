/**
 * What customs reads and asks of logistics, through their exported service functions only
 * (HELPERS.md contracts). None of these check the viewer: customs checks the officer's
 * jurisdiction before it calls them.
 */
export { customsEventFits, recordCustomsEvent, searchShipments, shipmentRecord, shipmentsAmong } from "../logistics/service.js";
export type { ShipmentRecord, ShipmentSearch, ShipmentSummary } from "../logistics/service.js";
