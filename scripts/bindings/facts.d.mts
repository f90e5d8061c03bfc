// Types of facts.mjs.
import type { Bindings, Member, Operation, Union } from './model.mjs';
export interface Facts {
  services: { id: string; resourceType?: string; operations: Operation[] }[];
  structures: Map<string, { fields: Member[]; unions: Union[] }>;
  enums: Map<string, string[]>;
}
export declare function namesIn(type: string): string[];
export declare function collect(b: Bindings, scope: string[]): Facts;
export declare function factsFromOverlay(doc: any): {
  facts: Facts;
  about: { apiVersion: string; name: string; version: string; scope: string[] };
};
