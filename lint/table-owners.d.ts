export declare const TABLE_OWNERS: Record<string, string[]>;
