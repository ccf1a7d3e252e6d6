/**
 * The built-in demo denied-party list: invented names, no real person or company, so that screening
 * can be shown and tested before an admin imports a real list (OFAC SDN, EU consolidated list, UN
 * sanctions list, ...). It applies only while no list has been imported.
 */
export interface ListedParty {
  names: readonly string[];
  country: string | null;
  programme: string;
  listedOn: string;
}

export const DEMO_LIST_SOURCE = "DEMO";

export const DEMO_DENIED_PARTIES: readonly ListedParty[] = [
  { names: ["Сибирский Технологический Импорт ООО", "Sibirsky Tekhnologichesky Import"], country: "RU", programme: "Demo: invented entity", listedOn: "2024-02-23" },
  { names: ["Al-Noor Precision Trading FZE"], country: "AE", programme: "Demo: invented entity", listedOn: "2023-11-02" },
  { names: ["Golden Crescent Shipping Co"], country: "IR", programme: "Demo: invented entity", listedOn: "2022-06-15" },
  { names: ["Northwind Arms Brokers Ltd"], country: "GB", programme: "Demo: invented entity", listedOn: "2021-09-30" },
  { names: ["深圳远航电子贸易有限公司", "Shenzhen Yuanhang Electronics Trading Co., Ltd."], country: "CN", programme: "Demo: invented entity", listedOn: "2025-03-04" },
  { names: ["Viktor Aleksandrovich Zolotov-Demo"], country: "RU", programme: "Demo: invented person", listedOn: "2022-03-15" },
];
